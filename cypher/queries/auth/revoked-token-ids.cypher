// The ids of every revoked token, for the server's in-memory revocation list (refreshed every few seconds).
MATCH (t:RevokedToken)
RETURN collect(t.id) AS ids
