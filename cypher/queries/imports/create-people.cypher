// Creates the people an attendance import found no match for, keyed by an id derived from name and organisation,
// so a repeated or concurrent import creates nobody twice; returns the ids this transaction created.
UNWIND $rows AS row
MERGE (p:Entity:Person {id: row.id})
ON CREATE SET p += row.properties, p.importCreated = true
WITH p, p.importCreated IS NOT NULL AS created
REMOVE p.importCreated
RETURN count(p) AS written, collect(CASE WHEN created THEN p.id END) AS created
