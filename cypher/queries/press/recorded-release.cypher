// The press release confirmed before with the same text (SHA-256) or the same address, and the event it was recorded
// against; event is null when that event has since been deleted (the release may then be confirmed again).
MATCH (r:PressRelease)
WHERE r.textSha256 = $textSha256 OR ($sourceUrl IS NOT NULL AND r.sourceUrl = $sourceUrl)
OPTIONAL MATCH (e:Event {id: r.eventId})
RETURN r {.*} AS release, e {.*, searchText: null, entityType: 'Event'} AS event
ORDER BY event IS NULL
LIMIT 1
