import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../db/graph-database.js';
import type { GraphSchema, SchemaLabel, SchemaRelationshipType } from './graph-schema.type.js';
import { auditLabel, auditProperties } from './protected-data.js';

/** Nodes (and relationships) read at most for the counts: the whole graph today, a bound on a grown one. */
export const schemaReadLimit = 200_000;
/** How long counts are reused: the panel is opened often, the graph changes slowly. */
const keepMs = 30_000;

// One server talks to one database, so one kept answer (each request has its own GraphDatabase wrapper).
let kept: { at: number; schema: Promise<GraphSchema> } | null = null;

/** Labels, relationship types and properties with counts, without the audit trail the console withholds; cached briefly. */
export function graphSchema(db: GraphDatabase, now = Date.now()): Promise<GraphSchema> {
  if (kept && now - kept.at < keepMs) return kept.schema;
  const schema = countSchema(db);
  kept = { at: now, schema };
  // A failed count is not kept.
  schema.catch(() => {
    if (kept?.schema === schema) kept = null;
  });
  return schema;
}

async function countSchema(db: GraphDatabase): Promise<GraphSchema> {
  const hidden = { hiddenLabels: [auditLabel], hiddenProperties: [...auditProperties] };
  const [labels, relationshipTypes] = await Promise.all([
    db.read('analysis/schema-labels', { ...hidden, maxNodes: neo4j.int(schemaReadLimit) }),
    db.read('analysis/schema-relationship-types', { ...hidden, maxRelationships: neo4j.int(schemaReadLimit) }),
  ]);
  return {
    labels: labels as unknown as SchemaLabel[],
    relationshipTypes: relationshipTypes as unknown as SchemaRelationshipType[],
    readLimit: schemaReadLimit,
    countedAt: new Date().toISOString(),
  };
}
