// A new sign-in session for an active account, and the account's last sign-in time.
MATCH (u:User {id: $userId, status: 'ACTIVE'})
SET u.lastSignInAt = datetime()
CREATE (s:Session {idHash: $idHash, userId: u.id, createdAt: datetime(), lastSeenAt: datetime(), expiresAt: datetime() + duration({seconds: $absoluteSeconds}), address: $address})
RETURN toString(s.expiresAt) AS expiresAt
