// Creates the organisations an IATI file names that match none in the graph: found again by their IATI ref when
// they have one (unique constraint organisation_iati_ref), else by an id made from the name. Returns the ids
// this transaction created.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.ref IS NOT NULL
  MERGE (o:Organisation {iatiRef: row.ref})
  ON CREATE SET o:Entity, o += row.properties, o.iatiCreated = true
  RETURN o
UNION
  WITH row WHERE row.ref IS NULL
  MERGE (o:Entity:Organisation {id: row.id})
  ON CREATE SET o += row.properties, o.iatiCreated = true
  RETURN o
}
WITH o, o.iatiCreated IS NOT NULL AS created
REMOVE o.iatiCreated
RETURN count(o) AS written, collect(CASE WHEN created THEN o.id END) AS created
