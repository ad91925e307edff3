// Fills in the gender and phone of people an attendance import matched, where the graph does not know them yet
// (a known value is never overwritten by a sheet).
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.gender = coalesce(p.gender, row.gender), p.phone = coalesce(p.phone, row.phone)
RETURN count(p) AS written
