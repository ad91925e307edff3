import { createUnionType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityType } from '../common/named-entity.type.js';
import { Event } from '../events/event.type.js';
import { Organisation } from '../organisations/organisation.type.js';
import { Person } from '../people/person.type.js';

export enum ParticipationRole {
  SPEAKER = 'SPEAKER',
  PRESENTER = 'PRESENTER',
  PARTICIPANT = 'PARTICIPANT',
  ORGANISER = 'ORGANISER',
  HOST = 'HOST',
}
registerEnumType(ParticipationRole, { name: 'ParticipationRole' });

export const Stakeholder = createUnionType({
  name: 'Stakeholder',
  description: 'Who takes part in events: a person or an organisation',
  types: () => [Person, Organisation] as const,
  resolveType: (value: { entityType: EntityType }) => value.entityType,
});

@ObjectType({ simpleResolvers: true, description: 'A person or organisation taking part in an event' })
export class Participation {
  @Field(() => ID)
  id!: string;

  @Field(() => ParticipationRole)
  role!: ParticipationRole;

  @Field(() => Stakeholder)
  participant!: Person | Organisation;

  @Field(() => Event)
  event!: Event;

  @Field(() => Organisation, { nullable: true, description: 'The organisation a person spoke for' })
  representing?: Organisation | null;
}
