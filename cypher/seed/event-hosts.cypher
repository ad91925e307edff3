// (organisation)-[:HOSTED]->(event)
UNWIND $rows AS row
MATCH (host:Organisation {id: row.fromId})
MATCH (e:Event {id: row.toId})
MERGE (host)-[r:HOSTED]->(e)
SET r += row.props
RETURN count(*) AS written
