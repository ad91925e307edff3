// Press releases confirmed into the graph (server/press/confirm.service.ts): one :PressRelease per text, found again
// by the SHA-256 of its text or by its address, so that confirming the same release twice writes nothing the second
// time, even when two confirmations run at once. Kept apart from the graph like the security records: no :Entity
// label and no relationships (the event is named by `eventId`), so graph views, paths and analyses never see them.
CREATE CONSTRAINT press_release_text_sha256 IF NOT EXISTS FOR (r:PressRelease) REQUIRE r.textSha256 IS UNIQUE;
CREATE CONSTRAINT press_release_source_url IF NOT EXISTS FOR (r:PressRelease) REQUIRE r.sourceUrl IS UNIQUE;
