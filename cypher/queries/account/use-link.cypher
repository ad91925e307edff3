// Uses a one-time link: sets the account's password, activates it (a disabled account stays disabled),
// deletes the link and ends every session of the account, in one transaction. The first admin's link
// creates the account itself, and only while there is none. No row when the link is gone, expired or spent.
MATCH (l:AccountLink {tokenHash: $tokenHash})
WHERE l.expiresAt >= datetime()
  AND (l.purpose <> 'FIRST_ADMIN' OR NOT EXISTS { MATCH (:User) })
WITH l, l.purpose AS purpose, l.userId AS linkedUserId
CALL (l, purpose) {
  WITH l, purpose WHERE purpose = 'FIRST_ADMIN'
  CREATE (u:User {id: $newId, name: $name, email: $email, role: 'admin', status: 'ACTIVE', createdAt: datetime(), createdBy: 'first start'})
  RETURN u
  UNION
  WITH l, purpose WHERE purpose <> 'FIRST_ADMIN'
  MATCH (u:User {id: l.userId})
  RETURN u
}
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime(),
  u.status = CASE u.status WHEN 'DISABLED' THEN 'DISABLED' ELSE 'ACTIVE' END
DETACH DELETE l
WITH u, purpose
OPTIONAL MATCH (s:Session {userId: u.id})
DETACH DELETE s
WITH DISTINCT u, purpose
RETURN purpose, u {.id, .name, .email, .role, .status, createdAt: toString(u.createdAt), lastSignInAt: toString(u.lastSignInAt), openSessions: COUNT { MATCH (s:Session {userId: u.id}) WHERE s.expiresAt > datetime() }, pendingLink: EXISTS { MATCH (l:AccountLink {userId: u.id}) WHERE l.expiresAt > datetime() }} AS user
