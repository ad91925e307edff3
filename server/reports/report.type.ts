import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EngagementArgs } from '../engagement/engagement.input.js';
import { Event } from '../events/event.type.js';
import { Territory } from '../territories/territory.type.js';
import { BreakdownGrouping } from './breakdown.js';
import { Interval } from './periods.js';

registerEnumType(Interval, { name: 'Interval', description: 'Length of the periods of a time series' });
registerEnumType(BreakdownGrouping, { name: 'BreakdownGrouping' });

export enum CoverageGrouping {
  NONE = 'NONE',
  OBLAST = 'OBLAST',
  RAYON = 'RAYON',
}
registerEnumType(CoverageGrouping, { name: 'CoverageGrouping', description: 'Also give one series per oblast or rayon' });

@ObjectType({ simpleResolvers: true, description: 'Municipalities reached by the events of one period' })
export class CoveragePeriod {
  @Field(() => String, { description: 'e.g. "2019-07", "2019-Q3", "2019"' })
  period!: string;

  @Field(() => LocalDateResolver)
  start!: string;

  @Field(() => LocalDateResolver)
  end!: string;

  @Field(() => Int, { description: 'Events in the period (for a group: events that reached it)' })
  events!: number;

  @Field(() => Int, { description: 'Municipalities that took part, themselves or through a representative' })
  reached!: number;

  @Field(() => Int, { description: 'Of those, reached for the first time in the phase' })
  firstTime!: number;

  @Field(() => Int, { description: 'Of those, reached before too' })
  repeat!: number;

  @Field(() => Int)
  cumulativeReached!: number;

  @Field(() => Float, { description: 'cumulativeReached / all municipalities in the unit' })
  cumulativeShare!: number;

  @Field(() => Int, { nullable: true, description: 'People named at the period’s events (whole scope only)' })
  namedParticipants!: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants the organisers reported (whole scope only)' })
  reportedParticipants!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class CoverageSeries {
  @Field(() => Territory, { nullable: true, description: 'The oblast or rayon; null for the whole scope' })
  territory!: Territory | null;

  @Field(() => Int)
  totalMunicipalities!: number;

  @Field(() => [CoveragePeriod])
  periods!: CoveragePeriod[];
}

@ObjectType({ simpleResolvers: true, description: 'Coverage of municipalities over time: first-time versus repeat, and the running share' })
export class CoverageReport {
  @Field(() => Interval)
  interval!: Interval;

  @Field(() => CoverageSeries)
  overall!: CoverageSeries;

  @Field(() => [CoverageSeries])
  groups!: CoverageSeries[];
}

@ArgsType()
export class CoverageArgs extends EngagementArgs {
  @Field(() => Interval, { defaultValue: Interval.QUARTER })
  interval!: Interval;

  @Field(() => CoverageGrouping, { defaultValue: CoverageGrouping.NONE })
  groupBy!: CoverageGrouping;
}

@ObjectType({ simpleResolvers: true })
export class EventParticipantCounts {
  @Field(() => Event)
  event!: Event;

  @Field(() => Int)
  namedPeople!: number;

  @Field(() => Int)
  organisations!: number;

  @Field(() => Int, { description: 'Municipalities that took part, themselves or through a representative' })
  municipalities!: number;

  @Field(() => Int, { nullable: true })
  reportedParticipants!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class Count {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A group of the breakdown: an event, rayon or oblast' })
export class BreakdownUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  nameRu!: string | null;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For an event' })
  date?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Participants counted by gender (people; unknown counted as UNKNOWN), role and kind of institution' })
export class BreakdownGroupType {
  @Field(() => BreakdownUnit, { nullable: true, description: 'Null for the whole scope, or for institutions with no territory (national bodies, donors)' })
  unit!: BreakdownUnit | null;

  @Field(() => Int)
  participations!: number;

  @Field(() => Int)
  people!: number;

  @Field(() => Int)
  organisations!: number;

  @Field(() => [Count], { description: 'FEMALE, MALE, UNKNOWN' })
  byGender!: Count[];

  @Field(() => [Count], { description: 'SPEAKER, PRESENTER, PARTICIPANT, ORGANISER, HOST' })
  byRole!: Count[];

  @Field(() => [Count], {
    description: 'AYIL_OKMOTU, TOWN_ADMINISTRATION, RAYON, OBLAST, NATIONAL_AGENCY, DONOR, IMPLEMENTER, OTHER, UNKNOWN (a person representing no one)',
  })
  byInstitution!: Count[];
}

@ArgsType()
export class BreakdownArgs {
  @Field(() => ID)
  phaseId!: string;

  @Field(() => ID, { nullable: true, description: 'Only institutions inside this unit; everything when left out' })
  territoryId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  since?: string | null;

  @Field(() => BreakdownGrouping, { defaultValue: BreakdownGrouping.NONE })
  groupBy!: BreakdownGrouping;
}
