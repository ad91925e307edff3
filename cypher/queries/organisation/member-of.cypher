// Batch: the consortia (or other bodies) each organisation is a member of.
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[:MEMBER_OF]->(c:Organisation)
RETURN id, collect(c {.*, searchText: null, entityType: 'Organisation'}) AS items
