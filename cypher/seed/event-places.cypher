// (event)-[:HELD_IN]->(territory)
UNWIND $rows AS row
MATCH (e:Event {id: row.fromId})
MATCH (place:Territory {id: row.toId})
MERGE (e)-[r:HELD_IN]->(place)
SET r += row.props
RETURN count(*) AS written
