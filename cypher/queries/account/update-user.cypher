// Changes an account's role or status. Disabling it ends its sessions and spends its links at once.
MATCH (u:User {id: $id})
WITH u, u {.role, .status} AS before
SET u.role = coalesce($role, u.role),
  u.status = CASE
    WHEN $status = 'DISABLED' THEN 'DISABLED'
    WHEN $status = 'ACTIVE' AND u.status = 'DISABLED' THEN CASE WHEN u.passwordHash IS NULL THEN 'INVITED' ELSE 'ACTIVE' END
    ELSE u.status END
WITH u, before
CALL (u) {
  MATCH (s:Session {userId: u.id}) WHERE u.status = 'DISABLED'
  DETACH DELETE s
}
CALL (u) {
  MATCH (l:AccountLink {userId: u.id}) WHERE u.status = 'DISABLED'
  DETACH DELETE l
}
RETURN before, u {.id, .name, .email, .role, .status, createdAt: toString(u.createdAt), lastSignInAt: toString(u.lastSignInAt), openSessions: COUNT { MATCH (s:Session {userId: u.id}) WHERE s.expiresAt > datetime() }, pendingLink: EXISTS { MATCH (l:AccountLink {userId: u.id}) WHERE l.expiresAt > datetime() }} AS user
