// Creates the organisations a confirmed press release names that the graph lacks, keyed by an id made of the name;
// returns the ids this transaction created (none when an earlier confirmation or import created them).
UNWIND $rows AS row
MERGE (o:Entity:Organisation {id: row.id})
ON CREATE SET o += row.properties, o.pressCreated = true
WITH o, o.pressCreated IS NOT NULL AS created
REMOVE o.pressCreated
RETURN count(o) AS written, collect(CASE WHEN created THEN o.id END) AS created
