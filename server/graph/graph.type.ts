import { Field, Float, ObjectType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';

@ObjectType({ simpleResolvers: true, description: 'A search result: any kind of node and how well its names matched' })
export class SearchHit {
  @Field(() => NamedEntity)
  entity!: NamedEntity;

  @Field(() => Float)
  score!: number;
}
