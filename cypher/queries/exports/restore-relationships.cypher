// Restores relationships of a backup between nodes restored in the same transaction (by element id), with their
// type and typed properties (temporal values parsed from Neo4j's own text).
UNWIND $relationships AS rel
MATCH (a) WHERE elementId(a) = rel.start
MATCH (b) WHERE elementId(b) = rel.end
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties
WITH r, rel
CALL (r, rel) {
  UNWIND rel.temporals AS p
  SET r[p.key] = CASE p.type
    WHEN 'date' THEN date(p.value)
    WHEN 'datetime' THEN datetime(p.value)
    WHEN 'localdatetime' THEN localdatetime(p.value)
    WHEN 'time' THEN time(p.value)
    WHEN 'localtime' THEN localtime(p.value)
    WHEN 'duration' THEN duration(p.value)
    WHEN 'list<date>' THEN [v IN p.value | date(v)]
    WHEN 'list<datetime>' THEN [v IN p.value | datetime(v)]
    WHEN 'list<localdatetime>' THEN [v IN p.value | localdatetime(v)]
    WHEN 'list<time>' THEN [v IN p.value | time(v)]
    WHEN 'list<localtime>' THEN [v IN p.value | localtime(v)]
    WHEN 'list<duration>' THEN [v IN p.value | duration(v)]
  END
}
RETURN count(r) AS restored
