// The whole graph, or the part a filter selects ($labels: nodes with one of these labels; $ids: these nodes, and
// with $neighbours the nodes next to them), read in one statement so a backup is one consistent snapshot.
// Every node with its labels, and every relationship between exported nodes with its type and endpoints;
// properties with their Neo4j type, integers and temporal values as Neo4j's own strings (nothing is rounded).
MATCH (n)
WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND ($ids IS NULL OR n.id IN $ids OR ($neighbours AND EXISTS { MATCH (n)--(m) WHERE m.id IN $ids }))
WITH collect(n) AS nodes
WITH nodes, [n IN nodes | elementId(n)] AS elements
CALL (nodes, elements) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE $all OR elementId(b) IN elements
  RETURN collect({
    type: type(r), start: elementId(a), end: elementId(b),
    properties: [key IN keys(r) | {key: key, type: valueType(r[key]), value: CASE
      WHEN valueType(r[key]) IN ['STRING NOT NULL', 'BOOLEAN NOT NULL', 'FLOAT NOT NULL'] THEN r[key]
      WHEN valueType(r[key]) =~ 'LIST<(STRING|BOOLEAN|FLOAT|NOTHING).*' THEN r[key]
      WHEN valueType(r[key]) STARTS WITH 'LIST<' THEN [item IN r[key] | toString(item)]
      ELSE toString(r[key]) END}]
  }) AS relationships
}
RETURN relationships, [n IN nodes | {
  element: elementId(n), labels: labels(n),
  properties: [key IN keys(n) | {key: key, type: valueType(n[key]), value: CASE
    WHEN valueType(n[key]) IN ['STRING NOT NULL', 'BOOLEAN NOT NULL', 'FLOAT NOT NULL'] THEN n[key]
    WHEN valueType(n[key]) =~ 'LIST<(STRING|BOOLEAN|FLOAT|NOTHING).*' THEN n[key]
    WHEN valueType(n[key]) STARTS WITH 'LIST<' THEN [item IN n[key] | toString(item)]
    ELSE toString(n[key]) END}]
}] AS nodes
