// Creates the people a confirmed press release names that the graph lacks, keyed by an id made of name and
// organisation (as the attendance import makes it); returns the ids this transaction created.
UNWIND $rows AS row
MERGE (p:Entity:Person {id: row.id})
ON CREATE SET p += row.properties, p.pressCreated = true
WITH p, p.pressCreated IS NOT NULL AS created
REMOVE p.pressCreated
RETURN count(p) AS written, collect(CASE WHEN created THEN p.id END) AS created
