import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { EngagementGrouping } from './engagement.type.js';

/** The country's SOATE code: the default scope. */
export const countryTerritoryId = '41700000000000';

@ArgsType()
export class EngagementArgs {
  @Field(() => ID, { description: 'Programme phase, e.g. "psi-phase-2"' })
  phaseId!: string;

  @Field(() => ID, { defaultValue: countryTerritoryId, description: 'Oblast, rayon or other unit to look in; the whole country by default' })
  territoryId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Count only engagement on or after this day' })
  since?: string | null;
}

@ArgsType()
export class EngagementSummaryArgs extends EngagementArgs {
  @Field(() => EngagementGrouping, { defaultValue: EngagementGrouping.RAYON })
  groupBy!: EngagementGrouping;
}
