import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { Graph } from '../common/graph.type.js';
import { NamedEntity } from '../common/named-entity.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { fieldsSelectedUnderAny } from '../graphql/selection.js';
import { NeighbourhoodArgs, SearchArgs, ShortestPathArgs } from './graph.input.js';
import { neighbourhood, search, shortestPath } from './graph.service.js';
import { SearchHit } from './graph.type.js';

/** The field of a search hit whose selection decides which properties `graph/search` reads. */
const SEARCH_ENTITY = ['entity'];

@Resolver()
export class GraphResolver {
  @Query(() => NamedEntity, { nullable: true, description: 'Any node by id' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one<NamedEntity>('common/nodes-by-ids', id);
  }

  @Query(() => [SearchHit], { description: 'Every kind of node by name, alias or transliteration, best first' })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return search(ctx.db, args, fieldsSelectedUnderAny(info, SEARCH_ENTITY));
  }

  @Query(() => Graph, { description: 'Nodes within `depth` hops of a node, and the links between them' })
  neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() ctx: GraphQLContext) {
    return neighbourhood(ctx.db, ctx.loaders, args);
  }

  @Query(() => Graph, { description: 'A shortest chain of links between two nodes (empty when unconnected)' })
  shortestPath(@Args(() => ShortestPathArgs) args: ShortestPathArgs, @Ctx() ctx: GraphQLContext) {
    return shortestPath(ctx.db, ctx.loaders, args);
  }
}
