// Every account, for the admins' users page: newest first, with how many sessions are open.
MATCH (u:User)
RETURN u {.id, .name, .email, .role, .status, createdAt: toString(u.createdAt), lastSignInAt: toString(u.lastSignInAt),
  openSessions: COUNT { MATCH (s:Session {userId: u.id}) WHERE s.expiresAt > datetime() },
  pendingLink: EXISTS { MATCH (l:AccountLink {userId: u.id}) WHERE l.expiresAt > datetime() }} AS user
ORDER BY u.createdAt DESC
LIMIT $first
