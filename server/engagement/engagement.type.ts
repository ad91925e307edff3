import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { Territory } from '../territories/territory.type.js';

export enum EngagementGrouping {
  OBLAST = 'OBLAST',
  RAYON = 'RAYON',
}
registerEnumType(EngagementGrouping, {
  name: 'EngagementGrouping',
  valuesConfig: {
    OBLAST: { description: 'By oblast; Bishkek and Osh cities count as units of their own' },
    RAYON: { description: 'By rayon; cities of oblast or republican significance count as units of their own' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A municipality and whether it engaged in a programme phase' })
export class MunicipalityEngagement {
  @Field(() => Organisation, { description: 'The ayil okmotu or town administration' })
  municipality!: Organisation;

  @Field(() => Territory, { description: 'The ayil aimak or town it governs' })
  territory!: Territory;

  @Field(() => Territory, { nullable: true })
  rayon!: Territory | null;

  @Field(() => Territory, { nullable: true })
  oblast!: Territory | null;

  @Field(() => Boolean, { description: 'Partner municipality of the phase, or took part in one of its events' })
  engaged!: boolean;

  @Field(() => Boolean, { description: 'Named as a partner municipality of the phase' })
  partner!: boolean;

  @Field(() => Boolean, { description: 'It, or a person representing it, took part in an event of the phase' })
  tookPartInEvent!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class MunicipalityEngagementList {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [MunicipalityEngagement])
  items!: MunicipalityEngagement[];
}

@ObjectType({ simpleResolvers: true, description: 'Engagement of the municipalities of one oblast or rayon' })
export class EngagementSummaryRow {
  @Field(() => Territory)
  territory!: Territory;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  engaged!: number;

  @Field(() => Int)
  notEngaged!: number;

  @Field(() => Float, { description: 'engaged / total, from 0 to 1' })
  share!: number;
}
