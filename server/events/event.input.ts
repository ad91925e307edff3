import { Length, Matches, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { idPattern } from '../common/id.js';
import { NamesInput } from '../common/names.input.js';
import { PageArgs } from '../common/page.js';
import { EventKind } from './event.type.js';
import { CleanText } from '../common/clean-text.js';

@ArgsType()
export class EventListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  phaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events held in this territory or a place inside it' })
  territoryId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Held on or after this day' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Held on or before this day' })
  to?: string | null;

  @Field(() => [EventKind], { nullable: true })
  kinds?: EventKind[] | null;

  @Field(() => String, { nullable: true, description: 'Words of the title, in any language or transliteration' })
  text?: string | null;
}

/** Fields an event has whether it is being created or updated. */
@InputType()
abstract class EventFieldsInput extends NamesInput {
  @Field(() => String, { nullable: true })
  @Length(1, 300)
  @CleanText()
  placeRu?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  @CleanText()
  placeEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Participant count the organisers reported' })
  @Min(0)
  reportedParticipantCount?: number | null;

  @Field(() => ID, { nullable: true, description: 'Programme phase the event belongs to' })
  phaseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Territory (town, ayil aimak…) it was held in' })
  heldInId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organisation that hosted it' })
  hostId?: string | null;

  @Field(() => String, { nullable: true })
  @CleanText()
  source?: string | null;
}

@InputType()
export class CreateEventInput extends EventFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; generated when absent' })
  @Matches(idPattern, { message: 'id may hold letters, digits, ".", "_" and "-" (at most 100)' })
  id?: string | null;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => LocalDateResolver)
  date!: string;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field or link' })
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited; CONFLICT if the event changed since' })
  expectedVersion?: number | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => LocalDateResolver, { nullable: true })
  date?: string | null;
}
