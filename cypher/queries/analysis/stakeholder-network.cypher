// The stakeholder network behind the "brokers" and "reachable from the donor" analyses: people,
// organisations, events, programmes and phases, linked by taking part (and by whom a person represented),
// posts, memberships, funding, implementation, hosting and partnership. Territories are left out: the
// administrative hierarchy would connect everyone. With $phaseId, only events of that phase and the links
// of those who took part in them (the caller keeps links between those nodes only).
CALL () {
  MATCH (s:Entity)-[:PARTICIPATED_IN]->(e:Event)
  WHERE $phaseId IS NULL OR EXISTS { (e)-[:IN_PHASE]->(:Phase {id: $phaseId}) }
  RETURN s AS a, e AS b, 'PARTICIPATED_IN' AS type
  UNION
  MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)
  WHERE r.representingId IS NOT NULL
    AND ($phaseId IS NULL OR EXISTS { (e)-[:IN_PHASE]->(:Phase {id: $phaseId}) })
  MATCH (o:Organisation {id: r.representingId})
  RETURN p AS a, o AS b, 'REPRESENTED' AS type
  UNION
  MATCH (a:Entity)-[r:HOLDS_POSITION|MEMBER_OF|FUNDS|IMPLEMENTS|HAS_PHASE|IN_PHASE|HOSTED|PARTNER_IN]->(b:Entity)
  WHERE $phaseId IS NULL OR type(r) IN ['HOLDS_POSITION', 'MEMBER_OF']
  RETURN a, b, type(r) AS type
}
RETURN
  {id: a.id, entityType: [label IN labels(a) WHERE label <> 'Entity'][0], kind: a.kind, nameRu: a.nameRu, nameEn: a.nameEn} AS source,
  {id: b.id, entityType: [label IN labels(b) WHERE label <> 'Entity'][0], kind: b.kind, nameRu: b.nameRu, nameEn: b.nameEn} AS target,
  type
