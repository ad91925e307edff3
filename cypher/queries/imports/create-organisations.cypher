// Creates the organisations an attendance import found no match for (kind OTHER), keyed by an id derived from
// the name; returns the ids this transaction created (none when a repeated import finds them).
UNWIND $rows AS row
MERGE (o:Entity:Organisation {id: row.id})
ON CREATE SET o += row.properties, o.importCreated = true
WITH o, o.importCreated IS NOT NULL AS created
REMOVE o.importCreated
RETURN count(o) AS written, collect(CASE WHEN created THEN o.id END) AS created
