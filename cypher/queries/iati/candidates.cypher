// Everything an IATI import matches a file against, in one read: every organisation (names, IATI ref, and for
// municipalities the rayon and oblast, as the attendance import's matcher wants them), every territory with the
// name of the unit it lies in, and every activity already imported (identifier, label, last update, fingerprint).
CALL () {
  MATCH (o:Organisation)
  WITH o, head([(o)-[:GOVERNS]->(t:Territory) | t]) AS territory
  WITH o, territory, head([(territory)-[:PART_OF]->(parent:Territory) | parent]) AS parent
  WITH o, parent, head([(parent)-[:PART_OF]->(grand:Territory) | grand]) AS grand
  RETURN collect(o {
    .id, .kind, .nameRu, .nameEn, .nameKy, .aliases, .iatiRef,
    rayon: CASE WHEN parent.level = 'RAYON' THEN parent {.id, .nameRu, .nameEn, .nameKy, .aliases} END,
    oblast: CASE
      WHEN parent.level = 'OBLAST' THEN parent {.id, .nameRu, .nameEn, .nameKy, .aliases}
      WHEN grand.level = 'OBLAST' THEN grand {.id, .nameRu, .nameEn, .nameKy, .aliases}
    END
  }) AS organisations
}
CALL () {
  MATCH (t:Territory)
  RETURN collect(t {.id, .soate, .level, .nameRu, .nameEn, .nameKy, .aliases,
    within: head([(t)-[:PART_OF]->(p:Territory) WHERE p.level <> 'COUNTRY' | coalesce(p.nameRu, p.nameEn)])}) AS territories
}
CALL () {
  MATCH (a:Programme|Phase) WHERE a.iatiIdentifier IS NOT NULL
  RETURN collect({iatiIdentifier: a.iatiIdentifier, id: a.id, label: CASE WHEN a:Phase THEN 'Phase' ELSE 'Programme' END,
    iatiLastUpdated: a.iatiLastUpdated, iatiHash: a.iatiHash}) AS activities
}
RETURN organisations, territories, activities
