// Records a confirmed press release: the SHA-256 of its text, its address and dateline, and the event it reports,
// replacing the records ($staleTextSha256s) of this release whose event has since been deleted. Unique on textSha256
// and sourceUrl (cypher/schema/04-press-releases.cypher): of two confirmations of one release at once, the second
// is refused here and, run again, finds the first's.
CALL () {
  MATCH (stale:PressRelease) WHERE stale.textSha256 IN $staleTextSha256s
  DELETE stale
}
CREATE (r:PressRelease {
  textSha256: $textSha256, sourceUrl: $sourceUrl, publishedOn: $publishedOn, language: $language, eventId: $eventId,
  textLength: $textLength, confirmedAt: datetime()
})
RETURN r.textSha256 AS textSha256
