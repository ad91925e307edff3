import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Graph } from '../common/graph.type.js';
import { QueryNotification } from '../cypher-console/query-notification.type.js';

export enum AnalysisParameterType {
  ID = 'ID',
  INTEGER = 'INTEGER',
  DATE = 'DATE',
  STRING = 'STRING',
}
registerEnumType(AnalysisParameterType, { name: 'AnalysisParameterType', description: 'How a parameter value is checked' });

@ObjectType({ simpleResolvers: true, description: 'One parameter of a named analysis' })
export class AnalysisParameter {
  @Field(() => String)
  name!: string;

  @Field(() => AnalysisParameterType)
  type!: AnalysisParameterType;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => String)
  description!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Used when the parameter is left out' })
  defaultValue?: unknown;

  @Field(() => Int, { nullable: true })
  min?: number;

  @Field(() => Int, { nullable: true })
  max?: number;

  @Field(() => [String], { nullable: true, description: 'The only values allowed, for STRING parameters' })
  allowedValues?: string[];

  @Field(() => String, { nullable: true, description: 'For ID parameters, what the id names: PHASE, PROGRAMME, TERRITORY or STAKEHOLDER (a form offers a list or a search)' })
  refersTo?: string;
}

@ObjectType({ simpleResolvers: true, description: 'A named analysis an analyst can run' })
export class AnalysisDefinition {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The question it answers' })
  description!: string;

  @Field(() => [AnalysisParameter])
  parameters!: AnalysisParameter[];

  @Field(() => [String], { description: 'Columns of its rows' })
  columns!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Why a named analysis returned fewer rows than its parameters asked for' })
export class RowShortfall {
  @Field(() => String, { description: 'FEWER_CANDIDATES (fewer stakeholders qualify at all), FILTER_REMOVED (a filter left fewer) or NONE_QUALIFY' })
  code!: string;

  @Field(() => Int, { description: 'Rows asked for' })
  asked!: number;

  @Field(() => Int, { description: 'Rows returned' })
  returned!: number;

  @Field(() => Int, { nullable: true, description: 'How many would qualify without the filter, when a filter removed some' })
  withoutFilter!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Rows of an analysis or query, and the graph part for a view where there is one' })
export class TabularResult {
  @Field(() => [String])
  columns!: string[];

  @Field(() => [GraphQLJSONObject])
  rows!: Record<string, unknown>[];

  @Field(() => Graph, { nullable: true })
  graph?: Graph | null;

  @Field(() => [QueryNotification], { nullable: true, description: 'What Neo4j noticed about the statement (the Cypher console); null for named analyses' })
  notifications?: QueryNotification[] | null;

  @Field(() => RowShortfall, { nullable: true, description: 'Why a named analysis returned fewer rows than asked; null when it did not' })
  shortfall?: RowShortfall | null;
}

@ArgsType()
export class RunAnalysisArgs {
  @Field(() => String, { description: 'The analysis name, from `analyses`' })
  name!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Parameter values by name, checked against the definition' })
  parameters?: Record<string, unknown> | null;
}
