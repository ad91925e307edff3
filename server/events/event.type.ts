import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';
import { PageOf } from '../common/page.js';

export enum EventKind {
  SEMINAR = 'SEMINAR',
  WORKSHOP = 'WORKSHOP',
  TRAINING = 'TRAINING',
  CONFERENCE = 'CONFERENCE',
  MEETING = 'MEETING',
  EXCHANGE_VISIT = 'EXCHANGE_VISIT',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'A seminar, training, meeting… Its names are its title' })
export class Event extends NamedEntity {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => LocalDateResolver)
  date!: string;

  @Field(() => String, { nullable: true })
  placeRu?: string | null;

  @Field(() => String, { nullable: true })
  placeEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Participant count the organisers reported (most participants are not named)' })
  reportedParticipantCount?: number | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class EventPage extends PageOf(Event, 'EventPage') {}
