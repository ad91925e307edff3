// (person)-[:HOLDS_POSITION]->(organisation), keyed by the position id; dates arrive as ISO strings or null.
UNWIND $rows AS row
MATCH (person:Person {id: row.fromId})
MATCH (organisation:Organisation {id: row.toId})
MERGE (person)-[r:HOLDS_POSITION {id: row.id}]->(organisation)
SET r += row.props,
    r.from = date(row.from),
    r.to = date(row.to),
    r.observedOn = date(row.observedOn)
RETURN count(*) AS written
