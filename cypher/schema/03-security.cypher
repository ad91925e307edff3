// Security records, kept apart from the graph (no relationships, no :Entity label).
// A token is revoked once: its id (the JWT's jti) is unique.
CREATE CONSTRAINT revoked_token_id IF NOT EXISTS FOR (t:RevokedToken) REQUIRE t.id IS UNIQUE;
// One data-key check value per database (see server/privacy/data-key-check.ts).
CREATE CONSTRAINT data_key_check_id IF NOT EXISTS FOR (k:DataKeyCheck) REQUIRE k.id IS UNIQUE;
