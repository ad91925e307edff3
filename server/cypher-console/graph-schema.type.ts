import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A property and how many nodes or relationships have it' })
export class SchemaProperty {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A node label, how many nodes have it, and their properties' })
export class SchemaLabel {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  nodes!: number;

  @Field(() => [SchemaProperty])
  properties!: SchemaProperty[];
}

@ObjectType({ simpleResolvers: true, description: 'A relationship type, how many relationships have it, and their properties' })
export class SchemaRelationshipType {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  relationships!: number;

  @Field(() => [SchemaProperty])
  properties!: SchemaProperty[];
}

@ObjectType({ simpleResolvers: true, description: 'What the graph holds, for writing Cypher: labels, relationship types and properties, with counts' })
export class GraphSchema {
  @Field(() => [SchemaLabel])
  labels!: SchemaLabel[];

  @Field(() => [SchemaRelationshipType])
  relationshipTypes!: SchemaRelationshipType[];

  @Field(() => Int, { description: 'At most this many nodes, and as many relationships, were read for the counts' })
  readLimit!: number;

  @Field(() => String, { description: 'When the counts were taken (they are kept for a short while)' })
  countedAt!: string;
}
