// Security records, kept apart from the graph (no relationships, no :Entity label).
// A token is revoked once: its id (the JWT's jti) is unique.
CREATE CONSTRAINT revoked_token_id IF NOT EXISTS FOR (t:RevokedToken) REQUIRE t.id IS UNIQUE;
