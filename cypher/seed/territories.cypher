// Territories (the country and every unit of kg-admin-units.csv), keyed by SOATE code.
UNWIND $rows AS row
MERGE (t:Entity:Territory {id: row.id})
SET t += row.props
RETURN count(*) AS written
