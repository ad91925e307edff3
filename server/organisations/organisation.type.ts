import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';
import { PageOf } from '../common/page.js';

export enum OrganisationKind {
  DONOR = 'DONOR',
  DONOR_AGENCY = 'DONOR_AGENCY',
  IMPLEMENTER = 'IMPLEMENTER',
  CONSORTIUM = 'CONSORTIUM',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  OBLAST_ADMINISTRATION = 'OBLAST_ADMINISTRATION',
  RAYON_ADMINISTRATION = 'RAYON_ADMINISTRATION',
  AYIL_OKMOTU = 'AYIL_OKMOTU',
  TOWN_ADMINISTRATION = 'TOWN_ADMINISTRATION',
  NGO = 'NGO',
  LOCAL_COUNCIL = 'LOCAL_COUNCIL',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  valuesConfig: {
    AYIL_OKMOTU: { description: 'Executive body of a rural municipality (ayil aimak); a municipality' },
    TOWN_ADMINISTRATION: { description: "A town's mayor's office; a municipality" },
  },
});

/** Municipalities, per the programme's definition: ayil okmotus and town administrations. */
export const municipalityKinds = [OrganisationKind.AYIL_OKMOTU, OrganisationKind.TOWN_ADMINISTRATION] as const;

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'A donor, agency, implementer, administration or municipality' })
export class Organisation extends NamedEntity {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Where the facts about it come from' })
  source?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class OrganisationPage extends PageOf(Organisation, 'OrganisationPage') {}
