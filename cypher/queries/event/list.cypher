// Events filtered by phase, place (held in a territory or inside it), date range, kind and title words; newest first.
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($phaseId IS NULL OR EXISTS { (e)-[:IN_PHASE]->(:Phase {id: $phaseId}) })
  AND ($territoryId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Territory)-[:PART_OF*0..4]->(:Territory {id: $territoryId}) })
  AND ($words IS NULL OR all(word IN $words WHERE e.searchText CONTAINS word) OR all(key IN $keys WHERE e.searchText CONTAINS key))
WITH e ORDER BY e.date DESC, e.id
WITH collect(e) AS matched
RETURN size(matched) AS total,
       [e IN matched[$offset..($offset + $first)] | e {.*, searchText: null, entityType: 'Event'}] AS items
