// (member)-[:MEMBER_OF {source}]->(consortium)
UNWIND $rows AS row
MATCH (member:Organisation {id: row.fromId})
MATCH (consortium:Organisation {id: row.toId})
MERGE (member)-[r:MEMBER_OF]->(consortium)
SET r += row.props
RETURN count(*) AS written
