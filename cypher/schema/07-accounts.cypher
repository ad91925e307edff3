// Accounts (server/accounts/): people who sign in, the one-time links that let them set a password, and their
// sign-in sessions. Kept apart from the graph like the security records: no :Entity label and no
// relationships, so graph views, paths and analyses never see them.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
// A link is found by the SHA-256 of its token; the token itself is never stored.
CREATE CONSTRAINT account_link_token IF NOT EXISTS FOR (l:AccountLink) REQUIRE l.tokenHash IS UNIQUE;
// A session is found by the SHA-256 of the id in its cookie; the id itself is never stored.
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.idHash IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId);
CREATE INDEX account_link_user IF NOT EXISTS FOR (l:AccountLink) ON (l.userId);
// API keys that admins create in the web view (server/auth/stored-api-keys.ts): found by the SHA-256 of the
// key; the key itself is shown once and never stored.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.keyHash IS UNIQUE;
