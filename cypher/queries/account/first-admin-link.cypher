// The link that creates the first admin on a new database. Made again at each start while no account exists;
// earlier ones stop working. Returns nothing once an account exists.
CALL () {
  MATCH (u:User) RETURN count(u) AS users
}
WITH users WHERE users = 0
OPTIONAL MATCH (old:AccountLink {purpose: 'FIRST_ADMIN'})
DETACH DELETE old
WITH DISTINCT users
CREATE (l:AccountLink {tokenHash: $tokenHash, userId: null, purpose: 'FIRST_ADMIN', createdAt: datetime(), expiresAt: datetime($expiresAt), createdBy: 'system'})
RETURN toString(l.expiresAt) AS expiresAt
