import { countryTerritoryId } from '../engagement/engagement.input.js';
import { OrganisationKind } from '../organisations/organisation.type.js';
import { cypherAnalysis, type Analysis } from './analysis.js';
import { AnalysisParameterType } from './analysis.type.js';
import { brokers, reachableFromDonor } from './network-analyses.js';
import { rowShortfall } from './row-shortfall.js';

const phaseParameter = (required: boolean) => ({
  name: 'phaseId', type: AnalysisParameterType.ID, refersTo: 'PHASE', required, description: 'Programme phase, e.g. psi-phase-2',
});

/** Every named analysis, by name. Each Cypher file under cypher/queries/analysis/ says what it answers. */
export const analyses: readonly Analysis[] = [
  brokers,
  cypherAnalysis({
    name: 'most-connected',
    title: 'Most connected stakeholders per kind',
    description: 'For each kind of organisation, and for people, the stakeholders with the most links (events, posts, memberships, funding, hosting, partnership); optionally within one phase.',
    parameters: [
      phaseParameter(false),
      { name: 'kind', type: AnalysisParameterType.STRING, required: false, allowedValues: ['PERSON', ...Object.values(OrganisationKind)], description: 'Only this kind' },
      { name: 'first', type: AnalysisParameterType.INTEGER, required: false, defaultValue: 5, min: 1, max: 100, description: 'How many per kind' },
    ],
    columns: ['kind', 'rank', 'id', 'nameRu', 'nameEn', 'links', 'events'],
  },
  // "first" is per kind: with one kind asked for, fewer rows means fewer stakeholders of that kind (in the phase).
  ({ kind, first, phaseId }, rows) => (kind === null ? null : rowShortfall(Number(first), rows.length, phaseId !== null))),
  cypherAnalysis({
    name: 'engaged-once',
    title: 'Engaged once, never again',
    description: 'Municipalities that took part (themselves or through a representative) in exactly one event of a programme.',
    parameters: [
      { name: 'programmeId', type: AnalysisParameterType.ID, refersTo: 'PROGRAMME', required: false, defaultValue: 'psi', description: 'The programme' },
      { name: 'territoryId', type: AnalysisParameterType.ID, refersTo: 'TERRITORY', required: false, defaultValue: countryTerritoryId, description: 'Only municipalities in this oblast or rayon' },
    ],
    columns: ['municipalityId', 'nameRu', 'nameEn', 'rayon', 'oblast', 'eventId', 'event', 'date'],
  }),
  cypherAnalysis({
    name: 'rayon-administration-without-municipalities',
    title: 'Rayon administration engaged, its municipalities not',
    description: 'Rayons where the rayon administration took part in the phase but none of the rayon’s municipalities engaged.',
    parameters: [phaseParameter(true), { name: 'since', type: AnalysisParameterType.DATE, required: false, description: 'Count only engagement on or after this day' }],
    columns: ['rayonId', 'nameRu', 'nameEn', 'oblast', 'administrationId', 'administrationEvents', 'municipalities'],
  }),
  cypherAnalysis({
    name: 'common-events',
    title: 'Common events of two stakeholders',
    description: 'Events both stakeholders took part in (an organisation also through a person representing it), with the role of each.',
    parameters: [
      { name: 'firstId', type: AnalysisParameterType.ID, refersTo: 'STAKEHOLDER', required: true, description: 'A person or organisation' },
      { name: 'secondId', type: AnalysisParameterType.ID, refersTo: 'STAKEHOLDER', required: true, description: 'Another person or organisation' },
    ],
    columns: ['eventId', 'nameRu', 'nameEn', 'date', 'firstRoles', 'secondRoles'],
  }),
  reachableFromDonor,
];
