// Whether an account has a password yet: a new link for it is a reset if so, a fresh invitation if not.
MATCH (u:User {id: $id})
RETURN u.passwordHash IS NOT NULL AS hasPassword
