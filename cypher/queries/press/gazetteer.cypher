// Everything a press-release draft is matched against, in one read: every territory with its parent, every
// organisation with the territory it governs and (for a consortium) its members, every person with the
// organisations they hold posts at, and every programme with its phases.
CALL () {
  MATCH (t:Territory)
  RETURN collect(t {
    .id, .level, .nameRu, .nameEn, .nameKy, .nameRuShort, .aliases,
    parentId: head([(t)-[:PART_OF]->(parent:Territory) | parent.id])
  }) AS territories
}
CALL () {
  MATCH (o:Organisation)
  RETURN collect(o {
    .id, .kind, .nameRu, .nameEn, .nameKy, .aliases,
    territoryId: head([(o)-[:GOVERNS]->(t:Territory) | t.id]),
    memberIds: [(member:Organisation)-[:MEMBER_OF]->(o) | member.id]
  }) AS organisations
}
CALL () {
  MATCH (p:Person)
  RETURN collect(p {
    .id, .nameRu, .nameEn, .nameKy, .aliases,
    organisationIds: [(p)-[:HOLDS_POSITION]->(o:Organisation) | o.id]
  }) AS people
}
CALL () {
  MATCH (programme:Programme)
  RETURN collect(programme {
    .id, .nameRu, .nameEn, .nameKy, .aliases,
    phases: [(programme)-[:HAS_PHASE]->(phase:Phase) | {id: phase.id, startDate: toString(phase.startDate), endDate: toString(phase.endDate)}]
  }) AS programmes
}
RETURN territories, organisations, people, programmes
