// Organisations: the bodies governing territories and the programme's stakeholders.
UNWIND $rows AS row
MERGE (o:Entity:Organisation {id: row.id})
SET o += row.props
RETURN count(*) AS written
