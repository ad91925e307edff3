// Creates an organisation; links it to the territory it governs when $territoryId is given (checked to exist beforehand).
CREATE (o:Entity:Organisation)
SET o = $properties
WITH o
CALL (o) {
  MATCH (t:Territory {id: $territoryId})
  MERGE (o)-[:GOVERNS]->(t)
}
RETURN o {.*, searchText: null, entityType: 'Organisation'} AS organisation
