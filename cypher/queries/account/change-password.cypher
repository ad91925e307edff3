// A signed-in person changes their own password: the new hash, and every session of the account ends (the
// route then starts a fresh one for the tab that asked).
MATCH (u:User {id: $userId, status: 'ACTIVE'})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
WITH u
CALL (u) {
  MATCH (s:Session {userId: u.id})
  DETACH DELETE s
}
RETURN u {.id, .name, .email, .role, .status} AS user
