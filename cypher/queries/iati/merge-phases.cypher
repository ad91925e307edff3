// IATI activities that are phases of a parent activity (in the file or already in the graph): found by
// iati-identifier (unique constraint phase_iati_identifier) and linked under their parent programme.
// `regions` and `number` are the Phase's own fields; numbers are set by iati/number-phases.
UNWIND $rows AS row
MATCH (parent:Programme {iatiIdentifier: row.parentIdentifier})
MERGE (a:Phase {iatiIdentifier: row.properties.iatiIdentifier})
ON CREATE SET a:Entity, a.id = row.properties.id, a.iatiCreated = true, a.regions = [], a.number = 0
SET a += row.properties,
    a.plannedStartDate = date(row.properties.plannedStartDate), a.actualStartDate = date(row.properties.actualStartDate),
    a.plannedEndDate = date(row.properties.plannedEndDate), a.actualEndDate = date(row.properties.actualEndDate),
    a.startDate = date(row.properties.startDate), a.endDate = date(row.properties.endDate)
MERGE (parent)-[:HAS_PHASE]->(a)
WITH a, a.iatiCreated IS NOT NULL AS created
REMOVE a.iatiCreated
RETURN count(a) AS written, collect(CASE WHEN created THEN a.id END) AS created
