// Replaces plain contact values with their sealed form, only where the stored value is still the plain one read.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.phone = CASE WHEN p.phone = row.plainPhone THEN row.phone ELSE p.phone END,
    p.email = CASE WHEN p.email = row.plainEmail THEN row.email ELSE p.email END
RETURN count(p) AS sealed
