// How many nodes the database holds: a restore goes only into an empty database.
MATCH (n)
RETURN count(n) AS nodes
