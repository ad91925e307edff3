// IATI activities that are programmes: found by iati-identifier (unique constraint programme_iati_identifier),
// created or updated with the file's properties; dates arrive as ISO strings.
UNWIND $rows AS row
MERGE (a:Programme {iatiIdentifier: row.properties.iatiIdentifier})
ON CREATE SET a:Entity, a.id = row.properties.id, a.iatiCreated = true
SET a += row.properties,
    a.plannedStartDate = date(row.properties.plannedStartDate), a.actualStartDate = date(row.properties.actualStartDate),
    a.plannedEndDate = date(row.properties.plannedEndDate), a.actualEndDate = date(row.properties.actualEndDate),
    a.startDate = date(row.properties.startDate), a.endDate = date(row.properties.endDate)
WITH a, a.iatiCreated IS NOT NULL AS created
REMOVE a.iatiCreated
RETURN count(a) AS written, collect(CASE WHEN created THEN a.id END) AS created
