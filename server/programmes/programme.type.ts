import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'A donor-funded programme (project)' })
export class Programme extends NamedEntity {
  @Field(() => String, { nullable: true, description: "The donor's project number, e.g. SDC 7F06409" })
  sdcProjectNumber?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'A phase of a programme, with its dates and budget' })
export class Phase extends NamedEntity {
  @Field(() => Int)
  number!: number;

  @Field(() => LocalDateResolver, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Budget in Swiss francs' })
  budgetChf?: number | null;

  @Field(() => [String], { description: 'Oblasts the phase works in' })
  regions!: string[];
}
