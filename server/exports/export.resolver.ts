import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { csvFiles } from './csv.js';
import { exportGraph } from './export.service.js';
import { CsvFile, ExportFilterInput, GraphExport, GraphRestore } from './export.type.js';
import type { GraphDocument } from './graph-document.js';
import { restoreGraph } from './restore.service.js';

type ExportRoot = GraphExport & { document: GraphDocument };

@Resolver(() => GraphExport)
export class ExportResolver {
  @Query(() => GraphExport, { description: 'The whole graph, or a filtered part, as JSON (restorable) and CSV per kind; one consistent snapshot' })
  async exportGraph(@Arg('filter', () => ExportFilterInput, { nullable: true }) filter: ExportFilterInput | null, @Ctx() ctx: GraphQLContext) {
    const document = await exportGraph(ctx.db, filter);
    return { nodeCount: document.counts.nodes, relationshipCount: document.counts.relationships, fingerprint: document.fingerprint, document };
  }

  @FieldResolver(() => [CsvFile])
  csvFiles(@Root() root: ExportRoot) {
    return csvFiles(root.document);
  }

  @Mutation(() => GraphRestore, {
    description: 'Restores an exportGraph document into an EMPTY database in one transaction, checking the fingerprint before committing (CONFLICT when the database holds anything)',
  })
  restoreGraph(@Arg('backup', () => GraphQLJSONObject) backup: Record<string, unknown>, @Ctx() ctx: GraphQLContext) {
    return restoreGraph(ctx.db, backup);
  }
}
