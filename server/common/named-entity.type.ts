import { Field, ID, Int, InterfaceType, registerEnumType } from 'type-graphql';

/** Which kind of node a record is; the node labels in Neo4j. */
export enum EntityType {
  ORGANISATION = 'Organisation',
  PERSON = 'Person',
  TERRITORY = 'Territory',
  PROGRAMME = 'Programme',
  PHASE = 'Phase',
  EVENT = 'Event',
}
registerEnumType(EntityType, { name: 'EntityType', description: 'The kind of node in the graph' });

/** Fields every node of the graph has: an id and names in Russian, English and Kyrgyz. */
@InterfaceType({
  description: 'Any node of the graph: it has an id and names in Russian, English and (where known) Kyrgyz',
  resolveType: (value: NamedEntity) => value.entityType,
})
export abstract class NamedEntity {
  @Field(() => ID)
  id!: string;

  @Field(() => EntityType)
  entityType!: EntityType;

  @Field(() => String, { nullable: true, description: 'Name in Russian' })
  nameRu!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English' })
  nameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Kyrgyz, where known' })
  nameKy!: string | null;

  @Field(() => [String], { description: 'Other spellings, abbreviations and transliterations' })
  aliases!: string[];

  @Field(() => Int, { nullable: true, description: 'Goes up with every change made through the API (null: never changed); pass it as expectedVersion to refuse overwriting someone else’s change' })
  version?: number | null;
}
