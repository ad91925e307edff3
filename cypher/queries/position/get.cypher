// One post by id, with its holder and organisation.
MATCH (p:Person)-[r:HOLDS_POSITION {id: $id}]->(o:Organisation)
RETURN r {.*, person: p {.*, entityType: 'Person'}, organisation: o {.*, entityType: 'Organisation'}} AS position
