import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';
import { declareIatiActivityFields, type IatiActivityProperties } from '../iati/iati-activity.fields.js';

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'A donor-funded programme (project)' })
export class Programme extends NamedEntity {
  @Field(() => String, { nullable: true, description: "The donor's project number, e.g. SDC 7F06409" })
  sdcProjectNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Start: the actual start, else the planned one (IATI programmes)' })
  startDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End: the actual end, else the planned one (IATI programmes)' })
  endDate?: string | null;
}
export interface Programme extends IatiActivityProperties {}
declareIatiActivityFields(Programme);

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
export interface Phase extends IatiActivityProperties {}
declareIatiActivityFields(Phase);
