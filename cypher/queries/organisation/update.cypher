// Replaces an organisation's properties; when $replaceTerritory, replaces its GOVERNS link with one to $territoryId (or none).
MATCH (o:Organisation {id: $id})
SET o += $properties
WITH o
CALL (o) {
  WITH o WHERE $replaceTerritory
  OPTIONAL MATCH (o)-[old:GOVERNS]->()
  DELETE old
  WITH DISTINCT o
  MATCH (t:Territory {id: $territoryId})
  MERGE (o)-[:GOVERNS]->(t)
}
RETURN o {.*, searchText: null, entityType: 'Organisation'} AS organisation
