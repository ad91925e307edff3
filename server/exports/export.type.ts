import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, Matches } from 'class-validator';

@InputType({ description: 'Which part of the graph to export; without a filter, everything (a backup)' })
export class ExportFilterInput {
  @Field(() => [String], { nullable: true, description: 'Only nodes with one of these labels: Person, Organisation, Territory, Programme, Phase, Event, Change, Merge' })
  @ArrayMaxSize(50)
  @Matches(/^[A-Za-z_][A-Za-z0-9_]*$/, { each: true, message: 'labels are names of letters, digits and _' })
  labels?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these nodes (by id)' })
  @ArrayMaxSize(5000)
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'With ids: also the nodes directly linked to them' })
  neighbours?: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: 'One CSV file of an export: the nodes of one kind or the relationships of one type' })
export class CsvFile {
  @Field(() => String, { description: 'nodes/<Label>.csv or relationships/<TYPE>.csv' })
  name!: string;

  @Field(() => Int)
  rows!: number;

  @Field(() => String, { description: 'UTF-8 with BOM, comma-separated; lists joined by " | "' })
  content!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An export of the graph: JSON that restoreGraph restores exactly, and CSV per kind' })
export class GraphExport {
  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  relationshipCount!: number;

  @Field(() => String, { description: 'sha256 over every node and relationship; equal on two databases exactly when they hold the same graph' })
  fingerprint!: string;

  @Field(() => GraphQLJSONObject, { description: 'The export file: format, version, counts, fingerprint, nodes, relationships' })
  document!: Record<string, unknown>;

  @Field(() => [CsvFile])
  csvFiles!: CsvFile[];
}

@ObjectType({ simpleResolvers: true, description: 'What a restore wrote' })
export class GraphRestore {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => String, { description: 'Equal to the backup fingerprint (checked before committing)' })
  fingerprint!: string;
}
