import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { Programme } from '../programmes/programme.type.js';
import { Territory } from '../territories/territory.type.js';

/** How a programme reaches a municipality (see README, "Definitions the API follows"). */
export enum ReachKind {
  EVENT = 'EVENT',
  PARTNER_LINK = 'PARTNER_LINK',
  ACTIVITY_LOCATION = 'ACTIVITY_LOCATION',
}
registerEnumType(ReachKind, {
  name: 'ReachKind',
  valuesConfig: {
    EVENT: { description: 'The municipality, or a person representing it, took part in an event of one of its phases' },
    PARTNER_LINK: { description: 'Named as a partner municipality of one of its phases' },
    ACTIVITY_LOCATION: { description: "The programme or a phase is located in the municipality's territory or a place inside it" },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A programme that reaches a municipality, and through what' })
export class ProgrammeReach {
  @Field(() => Programme)
  programme!: Programme;

  @Field(() => [ReachKind])
  through!: ReachKind[];
}

@ObjectType({ simpleResolvers: true, description: 'A municipality and the programmes that reach it' })
export class MunicipalityCoverage {
  @Field(() => Organisation, { description: 'The ayil okmotu or town administration' })
  municipality!: Organisation;

  @Field(() => Territory, { description: 'The ayil aimak or town it governs' })
  territory!: Territory;

  @Field(() => Territory, { nullable: true })
  rayon!: Territory | null;

  @Field(() => Territory, { nullable: true })
  oblast!: Territory | null;

  @Field(() => [ProgrammeReach], { description: 'Empty when no programme of the set reaches it' })
  programmes!: ProgrammeReach[];
}

@ObjectType({ simpleResolvers: true, description: 'How many programmes reach the municipalities of one rayon or oblast' })
export class ProgrammeOverlapRow {
  @Field(() => Territory)
  territory!: Territory;

  @Field(() => Int, { description: 'Municipalities of the unit' })
  total!: number;

  @Field(() => Int)
  reachedByNone!: number;

  @Field(() => Int)
  reachedByOne!: number;

  @Field(() => Int)
  reachedByTwo!: number;

  @Field(() => Int)
  reachedByThreeOrMore!: number;

  @Field(() => Int, { description: 'Distinct programmes reaching at least one municipality of the unit' })
  programmeCount!: number;

  @Field(() => [Programme], { description: 'Those programmes' })
  programmes!: Programme[];

  @Field(() => [Programme], {
    description: 'Programmes located at the unit, at a unit containing it, or at a rayon inside it: above any one municipality, so they reach none by location',
  })
  areaProgrammes!: Programme[];
}
