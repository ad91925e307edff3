// Creates a person.
CREATE (p:Entity:Person)
SET p = $properties
RETURN p {.*, entityType: 'Person'} AS person
