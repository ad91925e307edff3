// Records that a session was used (at most once a minute per session, see server/accounts/sessions.ts).
MATCH (s:Session {idHash: $idHash})
SET s.lastSeenAt = datetime()
