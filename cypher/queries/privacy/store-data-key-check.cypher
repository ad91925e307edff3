// Stores the data-key check value when the database first gets a key. When two servers start at once, the
// first one's value is kept and returned to both, so each checks its key against it.
MERGE (k:DataKeyCheck {id: 'data-key'})
ON CREATE SET k.sealed = $sealed, k.createdAt = datetime()
RETURN k.sealed AS sealed, toString(k.createdAt) AS createdAt
