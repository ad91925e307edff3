// People named in the sources.
UNWIND $rows AS row
MERGE (p:Entity:Person {id: row.id})
SET p += row.props
RETURN count(*) AS written
