import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { EngagementGrouping } from './engagement.type.js';

/** The country's SOATE code: the default scope. */
export const countryTerritoryId = '41700000000000';

@ArgsType()
class EngagementScopeArgs {
  @Field(() => ID, { defaultValue: countryTerritoryId, description: 'Oblast, rayon or other unit to look in; the whole country by default' })
  territoryId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Count only engagement on or after this day' })
  since?: string | null;
}

/** One phase: the questions that only make sense for one phase (coverageOverTime). */
@ArgsType()
export class EngagementArgs extends EngagementScopeArgs {
  @Field(() => ID, { description: 'Programme phase, e.g. "psi-phase-2"' })
  phaseId!: string;
}

/** One phase, a set of programmes, or all programmes. */
@ArgsType()
export class ProgrammeEngagementArgs extends EngagementScopeArgs {
  @Field(() => ID, { nullable: true, description: 'One programme phase, e.g. "psi-phase-2"; not together with programmeIds' })
  phaseId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'A set of programmes: reached by any of them. Neither this nor phaseId: all programmes',
  })
  programmeIds?: string[] | null;
}

@ArgsType()
export class EngagementSummaryArgs extends ProgrammeEngagementArgs {
  @Field(() => EngagementGrouping, { defaultValue: EngagementGrouping.RAYON })
  groupBy!: EngagementGrouping;
}
