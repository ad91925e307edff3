// Programmes (donor projects).
UNWIND $rows AS row
MERGE (p:Entity:Programme {id: row.id})
SET p += row.props
RETURN count(*) AS written
