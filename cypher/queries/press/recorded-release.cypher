// The press releases confirmed before with the same text (SHA-256) or the same address (at most one of each), and
// the event each was recorded against; event is null when that event has since been deleted (the release may then
// be confirmed again, and the stale record is replaced).
MATCH (r:PressRelease)
WHERE r.textSha256 = $textSha256 OR ($sourceUrl IS NOT NULL AND r.sourceUrl = $sourceUrl)
OPTIONAL MATCH (e:Event {id: r.eventId})
RETURN r.textSha256 AS textSha256, e {.*, searchText: null, entityType: 'Event'} AS event
ORDER BY event IS NULL
