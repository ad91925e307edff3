// A named API key for scripts and integrations; only its hash is stored.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, keyHash: $keyHash, createdAt: datetime(), createdBy: $actor})
RETURN k {.id, .name, .role, .createdBy, createdAt: toString(k.createdAt), revokedAt: null} AS apiKey
