import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Organisation } from '../organisations/organisation.type.js';
import { Stakeholder } from '../participations/participation.type.js';
import type { Person } from '../people/person.type.js';

export enum DuplicateKind {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(DuplicateKind, { name: 'DuplicateKind', description: 'Which kind of stakeholder the duplicates report looks at' });

@ObjectType({ simpleResolvers: true, description: 'Two stakeholders that are likely the same, with how likely and why' })
export class DuplicateCandidate {
  @Field(() => Float, { description: '0 to 1' })
  score!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => Stakeholder)
  first!: Person | Organisation;

  @Field(() => Stakeholder)
  second!: Person | Organisation;
}

@ObjectType({ simpleResolvers: true, description: 'The record a merge leaves (a :Merge node): what was merged into what, and when' })
export class MergeRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID) keptId!: string;
  @Field(() => ID) mergedId!: string;
  @Field(() => String) entityType!: string;
  @Field(() => String, { description: 'ISO date-time' }) at!: string;
  @Field(() => [String], { description: 'Names and aliases the merged node had (now aliases of the kept one)' }) mergedNames!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What a merge did' })
export class MergeResult {
  @Field(() => Stakeholder, { description: 'The kept node, with the merged names among its aliases' })
  kept!: Person | Organisation;

  @Field(() => Int, { description: 'Relationships moved to the kept node (participations included)' })
  movedRelationships!: number;

  @Field(() => Int, { description: 'Relationships dropped: links between the two, exact copies, participations in an event both took part in' })
  droppedRelationships!: number;

  @Field(() => [ID], { description: 'Participations of the merged node dropped because the kept node took part in the same event' })
  droppedParticipationIds!: string[];

  @Field(() => MergeRecord)
  record!: MergeRecord;
}
