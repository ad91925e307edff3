import { Field, ID, ObjectType } from 'type-graphql';
import { Event } from '../events/event.type.js';

@ObjectType({ simpleResolvers: true, description: 'What confirming a press release wrote' })
export class PressReleaseConfirmation {
  @Field(() => Event, { description: 'The event the release is recorded against: created, found, or the one given' })
  event!: Event;

  @Field(() => Boolean, { description: 'Whether this confirmation created the event' })
  eventCreated!: boolean;

  @Field(() => Boolean, { description: 'True when this text or sourceUrl had been confirmed before: nothing was written' })
  alreadyRecorded!: boolean;

  @Field(() => [ID])
  createdOrganisationIds!: string[];

  @Field(() => [ID])
  createdPersonIds!: string[];

  @Field(() => [ID])
  createdParticipationIds!: string[];

  @Field(() => [ID], { description: 'Posts recorded for the people named, at the organisations they represent' })
  createdPositionIds!: string[];

  @Field(() => String, { description: 'SHA-256 of the text (hex): stored on the release record and on everything the confirmation created' })
  textSha256!: string;
}
