import type { GraphDatabase } from '../db/graph-database.js';
import { BadInputError, ConflictError } from '../errors.js';
import { exportInTransaction } from './export.service.js';
import { exportFormat, exportVersion, fingerprint, type ExportedNode, type ExportedRelationship } from './graph-document.js';
import { decodeProperties, restoreParameters, type RestoreProperty } from './typed-values.js';
import { sealPlainContacts } from '../privacy/seal-stored-contacts.js';

/**
 * Restores an export into an EMPTY database, in one transaction: every node and relationship as exported,
 * then the restored graph is exported again inside the transaction and its fingerprint must equal the file's,
 * or nothing is kept.
 */
export interface RestoreResult {
  nodes: number;
  relationships: number;
  fingerprint: string;
}

const batchSize = 2000;
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface ParsedBackup {
  nodes: (ExportedNode & { decoded: RestoreProperty[] })[];
  relationships: (ExportedRelationship & { decoded: RestoreProperty[] })[];
  fingerprint: string;
}

function parseBackup(backup: unknown): ParsedBackup {
  const fail = (message: string) => new BadInputError('backup', message);
  const document = backup as Record<string, unknown> | null;
  if (!document || document.format !== exportFormat) throw fail(`not an Aimak Graph export (format must be "${exportFormat}")`);
  if (document.version !== exportVersion) throw fail(`version ${String(document.version)} is not supported (expected ${exportVersion})`);
  if (!Array.isArray(document.nodes) || !Array.isArray(document.relationships)) throw fail('nodes and relationships must be lists');
  const refs = new Set<string>();
  const nodes = (document.nodes as ExportedNode[]).map((node, index) => {
    const where = `node ${typeof node?.ref === 'string' ? node.ref : `#${index}`}`;
    if (typeof node?.ref !== 'string' || !node.ref) throw fail(`${where}: a node needs a ref`);
    if (refs.has(node.ref)) throw fail(`${where}: the ref is used twice`);
    refs.add(node.ref);
    if (!Array.isArray(node.labels) || node.labels.length === 0 || !node.labels.every((label) => typeof label === 'string' && namePattern.test(label))) {
      throw fail(`${where}: labels must be a non-empty list of names`);
    }
    return { ...node, decoded: decodeProperties(node.properties, where) };
  });
  const relationships = (document.relationships as ExportedRelationship[]).map((rel, index) => {
    const where = `relationship #${index}`;
    if (typeof rel?.type !== 'string' || !namePattern.test(rel.type)) throw fail(`${where}: type must be a name`);
    for (const end of [rel.start, rel.end]) if (!refs.has(end)) throw fail(`${where}: no node "${String(end)}" in the backup`);
    return { ...rel, decoded: decodeProperties(rel.properties, `${where} (${rel.type})`) };
  });
  const expected = fingerprint({ nodes, relationships });
  if (typeof document.fingerprint === 'string' && document.fingerprint !== expected) {
    throw fail('its fingerprint does not match its content: the file was changed or damaged');
  }
  return { nodes, relationships, fingerprint: expected };
}

function chunks<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / batchSize) }, (_, index) => items.slice(index * batchSize, (index + 1) * batchSize));
}

export async function restoreGraph(db: GraphDatabase, backup: unknown): Promise<RestoreResult> {
  const parsed = parseBackup(backup);
  return db.write(async (tx) => {
    const [count] = await tx.run('exports/node-count');
    const existing = Number(count?.nodes ?? 0);
    if (existing > 0) throw new ConflictError(`The database is not empty (${existing} nodes); restore only into an empty database`);
    const elements = new Map<string, string>();
    for (const batch of chunks(parsed.nodes)) {
      const rows = await tx.run('exports/restore-nodes', { nodes: batch.map((node) => ({ ref: node.ref, labels: node.labels, ...restoreParameters(node.decoded) })) });
      for (const row of rows) elements.set(String(row.ref), String(row.element));
    }
    for (const batch of chunks(parsed.relationships)) {
      await tx.run('exports/restore-relationships', {
        relationships: batch.map((rel) => ({ type: rel.type, start: elements.get(rel.start), end: elements.get(rel.end), ...restoreParameters(rel.decoded) })),
      });
    }
    const restored = await exportInTransaction(tx);
    if (restored.fingerprint !== parsed.fingerprint) {
      throw new Error(`Restore check failed: the restored graph's fingerprint ${restored.fingerprint} differs from the backup's ${parsed.fingerprint}`);
    }
    // A backup from before contact sealing holds plain phone numbers: restored exactly, then sealed at once.
    await sealPlainContacts(tx);
    return { nodes: restored.counts.nodes, relationships: restored.counts.relationships, fingerprint: restored.fingerprint };
  });
}
