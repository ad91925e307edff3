// (organisation)-[:FUNDS {role, source}]->(programme)
UNWIND $rows AS row
MATCH (o:Organisation {id: row.fromId})
MATCH (p:Programme {id: row.toId})
MERGE (o)-[r:FUNDS]->(p)
SET r += row.props
RETURN count(*) AS written
