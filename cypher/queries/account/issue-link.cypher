// A new one-time link for an existing account (a password reset, or a fresh invitation): earlier unused links
// of the account stop working, so only the newest one handed out is valid.
MATCH (u:User {id: $userId})
OPTIONAL MATCH (old:AccountLink {userId: $userId})
DETACH DELETE old
WITH DISTINCT u
CREATE (l:AccountLink {tokenHash: $tokenHash, userId: u.id, purpose: $purpose, createdAt: datetime(), expiresAt: datetime($expiresAt), createdBy: $actor})
RETURN u {.id, .name, .email, .role, .status, createdAt: toString(u.createdAt), lastSignInAt: toString(u.lastSignInAt), openSessions: COUNT { MATCH (s:Session {userId: u.id}) WHERE s.expiresAt > datetime() }, pendingLink: EXISTS { MATCH (l:AccountLink {userId: u.id}) WHERE l.expiresAt > datetime() }} AS user
