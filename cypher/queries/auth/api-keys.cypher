// API keys created by admins, newest first, revoked ones included (they stay listed with when).
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .createdBy, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS apiKey
ORDER BY k.createdAt DESC
LIMIT $first
