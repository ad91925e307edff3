// Batch: the budgets of each programme or phase (from IATI files), by period.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:HAS_BUDGET]->(b:Budget)
WITH id, b ORDER BY b.periodStart, b.periodEnd
RETURN id, collect(b {.*}) AS items
