// One post by id, with its holder and organisation.
MATCH (p:Person)-[r:HOLDS_POSITION {id: $id}]->(o:Organisation)
RETURN r {.*, person: p {.*, searchText: null, entityType: 'Person'}, organisation: o {.*, searchText: null, entityType: 'Organisation'}} AS position
