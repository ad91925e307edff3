// Batch: who implements each programme.
UNWIND $ids AS id
MATCH (o:Organisation)-[:IMPLEMENTS]->(:Programme {id: id})
RETURN id, collect(o {.*, searchText: null, entityType: 'Organisation'}) AS items
