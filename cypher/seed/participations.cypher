// (person|organisation)-[:PARTICIPATED_IN {id, key, role, representingId, source}]->(event), keyed by "<participant id>|<event id>".
UNWIND $rows AS row
MATCH (participant:Entity {id: row.fromId})
WHERE participant:Person OR participant:Organisation
MATCH (e:Event {id: row.toId})
MERGE (participant)-[r:PARTICIPATED_IN {key: row.key}]->(e)
SET r += row.props
RETURN count(*) AS written
