// (municipality)-[:PARTNER_IN {source, context, confidence, confidenceNote, yearOrPhase}]->(phase)
UNWIND $rows AS row
MATCH (m:Organisation {id: row.fromId})
MATCH (phase:Phase {id: row.toId})
MERGE (m)-[r:PARTNER_IN]->(phase)
SET r += row.props
RETURN count(*) AS written
