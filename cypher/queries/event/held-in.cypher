// Batch: the territory each event took place in.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:HELD_IN]->(t:Territory)
RETURN id, collect(t {.*, entityType: 'Territory'}) AS items
