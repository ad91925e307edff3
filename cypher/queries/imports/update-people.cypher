// Fills in the gender and phone of people an attendance import matched, where the graph does not know them yet
// (a known value is never overwritten by a sheet). A person it changes goes up a version, as with any change
// through the API, so that an editor's expectedVersion sees the import's change.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WITH p, row, (p.gender IS NULL AND row.gender IS NOT NULL) OR (p.phone IS NULL AND row.phone IS NOT NULL) AS changes
SET p.gender = coalesce(p.gender, row.gender), p.phone = coalesce(p.phone, row.phone),
    p.version = CASE WHEN changes THEN coalesce(p.version, 0) + 1 ELSE p.version END
RETURN count(p) AS written
