// Creates a person.
CREATE (p:Entity:Person)
SET p = $properties
RETURN p {.*, searchText: null, entityType: 'Person'} AS person
