// A one-time link by the hash of its token, with the account it is for (none for the first admin's link).
MATCH (l:AccountLink {tokenHash: $tokenHash})
OPTIONAL MATCH (u:User {id: l.userId})
RETURN l.purpose AS purpose, l.expiresAt < datetime() AS expired, toString(l.expiresAt) AS expiresAt,
  u {.id, .name, .email, .role, .status} AS user,
  COUNT { MATCH (any:User) } AS users
