import { Field, ID, InputType } from 'type-graphql';
import { ParticipationRole } from './participation.type.js';

@InputType()
export class AddParticipationInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => ID, { description: 'A person or an organisation' })
  participantId!: string;

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.PARTICIPANT })
  role!: ParticipationRole;

  @Field(() => ID, { nullable: true, description: 'For a person: the organisation they represented' })
  representingId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears representingId' })
export class UpdateParticipationInput {
  @Field(() => ParticipationRole, { nullable: true })
  role?: ParticipationRole | null;

  @Field(() => ID, { nullable: true })
  representingId?: string | null;
}
