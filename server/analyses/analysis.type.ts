import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Graph } from '../common/graph.type.js';

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

@ObjectType({ simpleResolvers: true, description: 'Rows of an analysis or query, and the graph part for a view where there is one' })
export class TabularResult {
  @Field(() => [String])
  columns!: string[];

  @Field(() => [GraphQLJSONObject])
  rows!: Record<string, unknown>[];

  @Field(() => Graph, { nullable: true })
  graph?: Graph | null;
}

@ArgsType()
export class RunAnalysisArgs {
  @Field(() => String, { description: 'The analysis name, from `analyses`' })
  name!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Parameter values by name, checked against the definition' })
  parameters?: Record<string, unknown> | null;
}
