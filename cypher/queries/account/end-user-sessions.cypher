// Signs out everywhere: ends every session of the account that the session $idHash belongs to.
MATCH (current:Session {idHash: $idHash})
MATCH (s:Session {userId: current.userId})
DETACH DELETE s
RETURN count(*) AS ended
