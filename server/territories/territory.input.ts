import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../common/page.js';
import { TerritoryLevel } from './territory.type.js';

@ArgsType()
export class TerritoryListArgs extends PageArgs {
  @Field(() => [TerritoryLevel], { nullable: true })
  levels?: TerritoryLevel[] | null;

  @Field(() => ID, { nullable: true, description: 'Only units inside this one (e.g. the rayons of an oblast)' })
  withinId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of a name, in any language or transliteration' })
  text?: string | null;
}
