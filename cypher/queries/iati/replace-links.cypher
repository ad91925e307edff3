// Replaces what an IATI file says about each written activity: the organisations' relationships and the
// ACTIVE_IN locations marked source 'IATI' (hand-made ones are never touched), and its budgets.
UNWIND $rows AS row
MATCH (a:Entity {id: row.id})
CALL (a) {
  MATCH (a)<-[r:FUNDS|ACCOUNTABLE_FOR|EXTENDS|IMPLEMENTS|REPORTS_ON]-(:Organisation)
  WHERE r.source = 'IATI'
  DELETE r
}
CALL (a) {
  MATCH (a)-[r:ACTIVE_IN]->(:Territory)
  WHERE r.source = 'IATI'
  DELETE r
}
CALL (a) {
  MATCH (a)-[:HAS_BUDGET]->(b:Budget)
  DETACH DELETE b
}
CALL (a, row) {
  UNWIND row.organisations AS link
  MATCH (o:Organisation {id: link.organisationId})
  FOREACH (_ IN CASE WHEN link.relationship = 'FUNDS' THEN [1] ELSE [] END | MERGE (o)-[:FUNDS {source: 'IATI'}]->(a))
  FOREACH (_ IN CASE WHEN link.relationship = 'ACCOUNTABLE_FOR' THEN [1] ELSE [] END | MERGE (o)-[:ACCOUNTABLE_FOR {source: 'IATI'}]->(a))
  FOREACH (_ IN CASE WHEN link.relationship = 'EXTENDS' THEN [1] ELSE [] END | MERGE (o)-[:EXTENDS {source: 'IATI'}]->(a))
  FOREACH (_ IN CASE WHEN link.relationship = 'IMPLEMENTS' THEN [1] ELSE [] END | MERGE (o)-[:IMPLEMENTS {source: 'IATI'}]->(a))
  FOREACH (_ IN CASE WHEN link.relationship = 'REPORTS_ON' THEN [1] ELSE [] END | MERGE (o)-[:REPORTS_ON {source: 'IATI'}]->(a))
}
CALL (a, row) {
  UNWIND row.territories AS place
  MATCH (t:Territory {id: place.territoryId})
  MERGE (a)-[r:ACTIVE_IN {source: 'IATI', matchedBy: place.matchedBy}]->(t)
}
CALL (a, row) {
  UNWIND row.budgets AS budget
  CREATE (a)-[:HAS_BUDGET]->(:Budget {
    type: budget.type, status: budget.status, periodStart: date(budget.periodStart), periodEnd: date(budget.periodEnd),
    value: budget.value, currency: budget.currency, valueDate: date(budget.valueDate)
  })
}
RETURN count(a) AS written
