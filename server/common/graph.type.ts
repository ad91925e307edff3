import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EntityType } from './named-entity.type.js';

@ObjectType({ simpleResolvers: true, description: 'A node ready for a graph view' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => EntityType)
  entityType!: EntityType;

  @Field(() => String, { nullable: true, description: 'Organisation kind, territory level or event kind' })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  nameRu!: string | null;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Hops from the node the view started at' })
  distance?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship ready for a graph view; source and target are node ids' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Relationship type, e.g. PARTICIPATED_IN' })
  type!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => GraphQLJSONObject, { description: 'Relationship properties (role, title, dates…)' })
  properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and edges, ready for a graph view' })
export class Graph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the graph short' })
  truncated!: boolean;
}
