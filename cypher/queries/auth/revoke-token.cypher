// Revokes one sign-in token by its id (the JWT's jti). Revoking it again changes nothing: `created` says
// whether this call revoked it (the marker is set only ON CREATE and removed at once). :RevokedToken nodes
// have no relationships, so graph views never see them.
MERGE (t:RevokedToken {id: $id})
ON CREATE SET t.revokedAt = datetime(), t.revokedBy = $actor, t.justRevoked = true
WITH t, t.justRevoked IS NOT NULL AS created
REMOVE t.justRevoked
RETURN t {.id, .revokedBy, revokedAt: toString(t.revokedAt)} AS token, created
