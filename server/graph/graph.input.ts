import { Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { EntityType } from '../common/named-entity.type.js';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words of a name in Russian, English, Kyrgyz or a transliteration' })
  @Length(1, 200)
  text!: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => [EntityType], { nullable: true, description: 'Only these kinds of node' })
  types?: EntityType[] | null;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Hops from the node, 1 to 3' })
  @Min(1)
  @Max(3)
  depth!: number;

  @Field(() => Int, { defaultValue: 500, description: 'At most this many nodes, 1 to 5000' })
  @Min(1)
  @Max(5000)
  limit!: number;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;
}
