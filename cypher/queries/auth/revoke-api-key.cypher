// Revokes an API key; revoking it again changes nothing (`revoked` says whether this call did it).
MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt IS NULL AS revoked
SET k.revokedAt = coalesce(k.revokedAt, datetime()), k.revokedBy = coalesce(k.revokedBy, $actor)
RETURN k {.id, .name, .role, .createdBy, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS apiKey, k.keyHash AS keyHash, revoked
