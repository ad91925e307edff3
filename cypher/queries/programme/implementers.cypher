// Batch: who implements each programme.
UNWIND $ids AS id
MATCH (o:Organisation)-[:IMPLEMENTS]->(:Programme {id: id})
RETURN id, collect(o {.*, entityType: 'Organisation'}) AS items
