// (child)-[:PART_OF]->(parent) for every territory but the country.
UNWIND $rows AS row
MATCH (child:Territory {id: row.fromId})
MATCH (parent:Territory {id: row.toId})
MERGE (child)-[:PART_OF]->(parent)
RETURN count(*) AS written
