// Gives organisations matched by name the IATI ref and type the file names for them, where they have none yet.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
SET o.iatiRef = coalesce(o.iatiRef, row.iatiRef), o.iatiType = coalesce(o.iatiType, row.iatiType)
RETURN count(o) AS written
