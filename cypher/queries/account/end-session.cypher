// Signs out here: ends one session.
MATCH (s:Session {idHash: $idHash})
DETACH DELETE s
