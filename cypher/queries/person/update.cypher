// Replaces a person's properties (the caller merged them with the current ones).
MATCH (p:Person {id: $id})
SET p += $properties
RETURN p {.*, searchText: null, entityType: 'Person'} AS person
