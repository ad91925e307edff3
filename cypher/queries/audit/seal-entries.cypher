// Replaces the plain values of audit entries with their sealed form (entries are never edited, so the values
// read just before in the same transaction are still the stored ones).
UNWIND $rows AS row
MATCH (c:Change)
WHERE elementId(c) = row.elementId
SET c += row.values
RETURN count(c) AS sealed
