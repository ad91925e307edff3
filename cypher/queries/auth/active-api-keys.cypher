// Every API key still in force, by hash: what the server keeps in memory to recognise `X-Api-Key`.
MATCH (k:ApiKey)
WHERE k.revokedAt IS NULL
RETURN collect({keyHash: k.keyHash, name: k.name, role: k.role}) AS keys
