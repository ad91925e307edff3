/** What colour group (legend entry) a node belongs to, from its entity type and kind. */

export type EntityType = 'ORGANISATION' | 'PERSON' | 'TERRITORY' | 'PROGRAMME' | 'PHASE' | 'EVENT';

export const CATEGORIES = [
  'programme',
  'phase',
  'event',
  'person',
  'donor',
  'implementer',
  'government',
  'municipality',
  'ngo',
  'business',
  'public-institution',
  'territory',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

const organisationCategories: Record<string, Category> = {
  DONOR: 'donor',
  DONOR_AGENCY: 'donor',
  IMPLEMENTER: 'implementer',
  CONSORTIUM: 'implementer',
  GOVERNMENT_AGENCY: 'government',
  OBLAST_ADMINISTRATION: 'government',
  RAYON_ADMINISTRATION: 'government',
  AYIL_OKMOTU: 'municipality',
  TOWN_ADMINISTRATION: 'municipality',
  // A council is the municipality's elected body: drawn with it, though not counted as one (MUNICIPALITY_KINDS).
  LOCAL_COUNCIL: 'municipality',
  // UN agencies and development banks fund as donors' agencies do.
  INTERNATIONAL_ORGANISATION: 'donor',
  NGO: 'ngo',
  BUSINESS: 'business',
  PUBLIC_INSTITUTION: 'public-institution',
};

export function categoryOf(entityType: string, kind: string | null | undefined): Category {
  switch (entityType) {
    case 'PROGRAMME':
      return 'programme';
    case 'PHASE':
      return 'phase';
    case 'EVENT':
      return 'event';
    case 'PERSON':
      return 'person';
    case 'TERRITORY':
      return 'territory';
    case 'ORGANISATION':
      return (kind && organisationCategories[kind]) || 'other';
    default:
      return 'other';
  }
}

/** Kinds of organisation that govern a territory, so have a place on the map. */
export const LOCATED_ORGANISATION_KINDS: ReadonlySet<string> = new Set([
  'OBLAST_ADMINISTRATION',
  'RAYON_ADMINISTRATION',
  'AYIL_OKMOTU',
  'TOWN_ADMINISTRATION',
]);

/** Whether a node has a territory (so an oblast/rayon filter applies to it). */
export function isLocated(entityType: string, kind: string | null | undefined): boolean {
  if (entityType === 'TERRITORY' || entityType === 'EVENT') return true;
  return entityType === 'ORGANISATION' && !!kind && LOCATED_ORGANISATION_KINDS.has(kind);
}

export const MUNICIPALITY_KINDS: ReadonlySet<string> = new Set(['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']);
