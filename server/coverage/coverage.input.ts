import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { countryTerritoryId } from '../engagement/engagement.input.js';
import { EngagementGrouping } from '../engagement/engagement.type.js';
import { TableFormat, TableLanguage } from '../exports/table-download.type.js';

@ArgsType()
export class CoverageArgs {
  @Field(() => ID, { description: 'Oblast, rayon or other unit to look in, e.g. "41704000000000" (Naryn oblast)' })
  territoryId!: string;

  @Field(() => [ID], { nullable: true, description: 'The programmes to look at; all programmes when left out' })
  programmeIds?: string[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Count only reach on or after this day' })
  since?: string | null;
}

@ArgsType()
export class ProgrammeOverlapArgs extends CoverageArgs {
  @Field(() => EngagementGrouping, { defaultValue: EngagementGrouping.RAYON })
  groupBy!: EngagementGrouping;
}

@ArgsType()
export class WhoDoesWhatWhereArgs {
  @Field(() => [ID], { nullable: true, description: 'The programmes to list; all programmes when left out' })
  programmeIds?: string[] | null;

  @Field(() => ID, { defaultValue: countryTerritoryId, description: 'Oblast, rayon or other unit whose places to list; the whole country by default' })
  territoryId!: string;

  @Field(() => TableFormat, { defaultValue: TableFormat.CSV })
  format!: TableFormat;

  @Field(() => TableLanguage, { defaultValue: TableLanguage.EN, description: 'Headers and names; the HXL row is the same in both' })
  language!: TableLanguage;
}
