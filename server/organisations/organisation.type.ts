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
  LOCAL_COUNCIL = 'LOCAL_COUNCIL',
  NGO = 'NGO',
  BUSINESS = 'BUSINESS',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  valuesConfig: {
    AYIL_OKMOTU: { description: 'Executive body of a rural municipality (ayil aimak); a municipality' },
    TOWN_ADMINISTRATION: { description: "A town's mayor's office; a municipality" },
    DONOR_AGENCY: { description: "A donor government's agency (USAID, GIZ, SDC, JICA): funds or manages funding; not a UN or other international organisation" },
    LOCAL_COUNCIL: {
      description: "A municipality's elected council (айылный кенеш / айылдык кеңеш, town council): the representative body, not the executive, so not a municipality itself",
    },
    NGO: { description: 'A non-governmental, non-commercial organisation: ОО, ОФ, НКО, associations, foundations, unions (such as the Union of LSGs)' },
    BUSINESS: { description: 'A commercial company: ОсОО, ОАО, ЗАО, ЖЧК, LLC, JSC' },
    PUBLIC_INSTITUTION: {
      description:
        'A state or municipal body that delivers a service and exercises no public authority: schools, health facilities, state and municipal enterprises (ГП, МП); ministries and state agencies are GOVERNMENT_AGENCY',
    },
    INTERNATIONAL_ORGANISATION: { description: 'An intergovernmental organisation: UN agencies (UNDP, UNICEF), OSCE, development banks (World Bank, ADB)' },
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

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier (e.g. XM-DAC-41114), where an IATI file named it' })
  iatiRef?: string | null;

  @Field(() => String, { nullable: true, description: 'IATI OrganisationType code (10 government, 21 international NGO, 40 multilateral…)' })
  iatiType?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class OrganisationPage extends PageOf(Organisation, 'OrganisationPage') {}
