// One participation by id.
MATCH (s:Entity)-[r:PARTICIPATED_IN {id: $id}]->(e:Event)
OPTIONAL MATCH (represented:Organisation {id: r.representingId})
RETURN {
  id: r.id, role: r.role,
  participant: s {.*, searchText: null, entityType: [label IN labels(s) WHERE label <> 'Entity'][0]},
  event: e {.*, searchText: null, entityType: 'Event'},
  representing: represented {.*, searchText: null, entityType: 'Organisation'}
} AS participation
