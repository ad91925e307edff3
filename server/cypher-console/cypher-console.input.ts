import { Length, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, Int } from 'type-graphql';

export const maxRowLimit = 10_000;
export const maxTimeoutSeconds = 60;

@ArgsType()
export class RunCypherArgs {
  @Field(() => String, { description: 'One read-only Cypher statement; use $names for parameters' })
  @Length(1, 20_000)
  query!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Parameter values by name (whole numbers become Cypher integers)' })
  parameters?: Record<string, unknown> | null;

  @Field(() => Int, { defaultValue: 1000, description: `Refuse results with more rows than this (1 to ${maxRowLimit})` })
  @Min(1)
  @Max(maxRowLimit)
  rowLimit!: number;

  @Field(() => Int, { defaultValue: 10, description: `Stop the query after this many seconds (1 to ${maxTimeoutSeconds})` })
  @Min(1)
  @Max(maxTimeoutSeconds)
  timeoutSeconds!: number;
}
