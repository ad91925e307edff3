// Active admins other than $id: the last one may not be disabled or demoted, or nobody could manage accounts.
MATCH (u:User {role: 'admin', status: 'ACTIVE'})
WHERE u.id <> $id
RETURN count(u) AS others
