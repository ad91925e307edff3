// What tells a cached press-release gazetteer that the graph changed: the latest audited change (index-backed
// ORDER BY … LIMIT 1 on :Change(at)) and the node counts per label (from the count store), which also move when
// the seed or a restore writes without an audit trail.
CALL () {
  OPTIONAL MATCH (c:Change) WHERE c.at IS NOT NULL
  WITH c ORDER BY c.at DESC LIMIT 1
  RETURN toString(c.at) AS lastChange
}
CALL () { MATCH (t:Territory) RETURN count(t) AS territories }
CALL () { MATCH (o:Organisation) RETURN count(o) AS organisations }
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH (p:Programme) RETURN count(p) AS programmes }
CALL () { MATCH (p:Phase) RETURN count(p) AS phases }
RETURN lastChange, territories, organisations, people, programmes, phases
