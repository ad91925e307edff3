// The data-key check value: a known text sealed with the key the database's contact data is sealed with.
MATCH (k:DataKeyCheck {id: 'data-key'})
RETURN k.sealed AS sealed, toString(k.createdAt) AS createdAt
