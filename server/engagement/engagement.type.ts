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

@ObjectType({ simpleResolvers: true, description: 'A municipality and whether it engaged in a programme phase, a set of programmes or any programme' })
export class MunicipalityEngagement {
  @Field(() => Organisation, { description: 'The ayil okmotu or town administration' })
  municipality!: Organisation;

  @Field(() => Territory, { description: 'The ayil aimak or town it governs' })
  territory!: Territory;

  @Field(() => Territory, { nullable: true })
  rayon!: Territory | null;

  @Field(() => Territory, { nullable: true })
  oblast!: Territory | null;

  @Field(() => Boolean, { description: 'Reached: partner municipality, took part in an event, or the phase or programme is located in its territory' })
  engaged!: boolean;

  @Field(() => Boolean, { description: 'Named as a partner municipality of the phase (or of a phase of the programmes)' })
  partner!: boolean;

  @Field(() => Boolean, { description: 'It, or a person representing it, took part in an event of the phase (or of the programmes)' })
  tookPartInEvent!: boolean;

  @Field(() => Boolean, { description: 'The phase (or a programme or its phase) is located in its territory or a place inside it' })
  activityLocation!: boolean;
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
