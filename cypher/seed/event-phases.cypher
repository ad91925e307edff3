// (event)-[:IN_PHASE]->(phase)
UNWIND $rows AS row
MATCH (e:Event {id: row.fromId})
MATCH (phase:Phase {id: row.toId})
MERGE (e)-[r:IN_PHASE]->(phase)
SET r += row.props
RETURN count(*) AS written
