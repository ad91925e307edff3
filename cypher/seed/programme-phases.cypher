// (programme)-[:HAS_PHASE]->(phase)
UNWIND $rows AS row
MATCH (programme:Programme {id: row.fromId})
MATCH (phase:Phase {id: row.toId})
MERGE (programme)-[:HAS_PHASE]->(phase)
RETURN count(*) AS written
