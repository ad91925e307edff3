// Invites a person: a new account (no password yet) and a one-time link to set one. The e-mail is unique by
// constraint, so two invitations of one address at once cannot both succeed.
CREATE (u:User {
  id: $id, name: $name, email: $email, role: $role, status: 'INVITED',
  createdAt: datetime(), createdBy: $actor
})
CREATE (l:AccountLink {tokenHash: $tokenHash, userId: $id, purpose: 'INVITATION', createdAt: datetime(), expiresAt: datetime($expiresAt), createdBy: $actor})
RETURN u {.id, .name, .email, .role, .status, createdAt: toString(u.createdAt), lastSignInAt: null, openSessions: COUNT { MATCH (s:Session {userId: u.id}) WHERE s.expiresAt > datetime() }, pendingLink: EXISTS { MATCH (l:AccountLink {userId: u.id}) WHERE l.expiresAt > datetime() }} AS user
