// Records a confirmed press release: the SHA-256 of its text, its address and dateline, and the event it reports.
// A release recorded before against an event since deleted is replaced. Unique on textSha256 and sourceUrl
// (cypher/schema/04-press-releases.cypher): of two confirmations of one release at once, the second is refused.
CALL () {
  MATCH (stale:PressRelease)
  WHERE (stale.textSha256 = $textSha256 OR ($sourceUrl IS NOT NULL AND stale.sourceUrl = $sourceUrl))
    AND NOT EXISTS { MATCH (:Event {id: stale.eventId}) }
  DELETE stale
}
CREATE (r:PressRelease {
  textSha256: $textSha256, sourceUrl: $sourceUrl, publishedOn: $publishedOn, language: $language, eventId: $eventId,
  textLength: $textLength, confirmedAt: datetime()
})
RETURN r.textSha256 AS textSha256
