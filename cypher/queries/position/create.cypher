// Records a post a person holds in an organisation (both checked to exist beforehand).
MATCH (p:Person {id: $personId}), (o:Organisation {id: $organisationId})
CREATE (p)-[r:HOLDS_POSITION]->(o)
SET r = $properties, r.from = date($from), r.to = date($to), r.observedOn = date($observedOn)
RETURN r.id AS id
