// Revoked tokens, the latest first.
MATCH (t:RevokedToken)
WITH t ORDER BY t.revokedAt DESC, t.id
LIMIT $first
RETURN t {.id, .revokedBy, revokedAt: toString(t.revokedAt)} AS token
