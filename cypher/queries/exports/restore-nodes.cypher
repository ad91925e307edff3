// Restores nodes of a backup with their labels and typed properties (temporal values parsed from Neo4j's own
// text); returns each node's element id under the backup's reference so relationships can be attached in the
// same transaction.
UNWIND $nodes AS node
CREATE (n:$(node.labels))
SET n = node.properties
WITH n, node
CALL (n, node) {
  UNWIND node.temporals AS p
  SET n[p.key] = CASE p.type
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
RETURN node.ref AS ref, elementId(n) AS element
