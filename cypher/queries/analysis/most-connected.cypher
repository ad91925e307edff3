// Most connected stakeholders per kind: for each kind of organisation (and for people), those with the
// most links to events, posts, memberships, funding, implementation, hosting and partnership.
// With $phaseId, only participation in events of that phase counts, and only those who took part are ranked.
MATCH (s:Entity)
WHERE (s:Person OR s:Organisation)
  AND ($phaseId IS NULL OR EXISTS { (s)-[:PARTICIPATED_IN]->(:Event)-[:IN_PHASE]->(:Phase {id: $phaseId}) })
WITH s, CASE WHEN s:Person THEN 'PERSON' ELSE s.kind END AS kind,
  COUNT { (s)-[:PARTICIPATED_IN]->(e:Event) WHERE $phaseId IS NULL OR EXISTS { (e)-[:IN_PHASE]->(:Phase {id: $phaseId}) } } AS events,
  COUNT { (s)-[:HOLDS_POSITION|MEMBER_OF|FUNDS|IMPLEMENTS|HOSTED|PARTNER_IN]-() } AS otherLinks
WHERE $kind IS NULL OR kind = $kind
WITH kind, s, events, events + otherLinks AS links
ORDER BY kind, links DESC, s.id
WITH kind, collect({id: s.id, nameRu: s.nameRu, nameEn: s.nameEn, links: links, events: events})[..$first] AS top
UNWIND range(0, size(top) - 1) AS index
RETURN kind, index + 1 AS rank, top[index].id AS id, top[index].nameRu AS nameRu, top[index].nameEn AS nameEn,
       top[index].links AS links, top[index].events AS events
ORDER BY kind, rank
