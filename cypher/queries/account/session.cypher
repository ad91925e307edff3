// The account behind a session cookie, if the session is still valid: not past its absolute end, not idle
// longer than allowed, and the account active. `stale` says when to record the session as seen again.
MATCH (s:Session {idHash: $idHash})
WHERE s.expiresAt > datetime() AND s.lastSeenAt > datetime() - duration({seconds: $idleSeconds})
MATCH (u:User {id: s.userId, status: 'ACTIVE'})
RETURN u {.id, .name, .email, .role} AS user, s.lastSeenAt < datetime() - duration({seconds: 60}) AS stale
