// Batch: who funds each programme.
UNWIND $ids AS id
MATCH (o:Organisation)-[:FUNDS]->(:Programme {id: id})
RETURN id, collect(o {.*, searchText: null, entityType: 'Organisation'}) AS items
