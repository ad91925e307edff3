// The two nodes of a merge, read inside its transaction: type, properties and the territories each governs.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS entityType, n {.*} AS node,
       CASE WHEN n IS NULL THEN [] ELSE [(n)-[:GOVERNS]->(t:Territory) | t.id] END AS governs
