CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX territory_level IF NOT EXISTS FOR (n:Territory) ON (n.level);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX participation_representing IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.representingId);
// Names in Russian, English and Kyrgyz plus aliases and Latin transliterations (`searchText`),
// one index across every kind so `search` ranks them together.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organisation|Person|Territory|Programme|Phase|Event)
ON EACH [n.nameRu, n.nameEn, n.nameKy, n.searchText];
// Audit trail: one :Change per affected node, found by the node's id (kept after the node is deleted).
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityId);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_request IF NOT EXISTS FOR (c:Change) ON (c.requestId);
