import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { graphDocument, type GraphDocument } from './graph-document.js';

/** Which part of the graph to export; everything when absent. */
export interface ExportFilter {
  labels?: string[] | null;
  ids?: string[] | null;
  neighbours?: boolean | null;
}

function exportParams(filter: ExportFilter | null | undefined) {
  const labels = filter?.labels?.length ? filter.labels : null;
  const ids = filter?.ids?.length ? filter.ids : null;
  return { labels, ids, neighbours: Boolean(filter?.neighbours), all: !labels && !ids };
}

function filterRecord(filter: ExportFilter | null | undefined): Record<string, unknown> | null {
  const { labels, ids, neighbours, all } = exportParams(filter);
  return all ? null : { labels, ids, neighbours };
}

/** The graph (or the filtered part) as one export document, read in one statement: a consistent snapshot. */
export async function exportGraph(db: GraphDatabase, filter?: ExportFilter | null): Promise<GraphDocument> {
  const [row] = await db.read('exports/graph', exportParams(filter));
  return graphDocument(row ?? {}, filterRecord(filter));
}

/** The same, inside a write transaction (the restore checks what it wrote before committing). */
export async function exportInTransaction(tx: WriteTransaction): Promise<GraphDocument> {
  const [row] = await tx.run('exports/graph', exportParams(null));
  return graphDocument(row ?? {}, null);
}
