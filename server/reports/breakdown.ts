/** Kinds of institution donor reports group participants by. */
const institutionOfKind: Record<string, string> = {
  AYIL_OKMOTU: 'AYIL_OKMOTU',
  TOWN_ADMINISTRATION: 'TOWN_ADMINISTRATION',
  RAYON_ADMINISTRATION: 'RAYON',
  OBLAST_ADMINISTRATION: 'OBLAST',
  GOVERNMENT_AGENCY: 'NATIONAL_AGENCY',
  DONOR: 'DONOR',
  DONOR_AGENCY: 'DONOR',
  IMPLEMENTER: 'IMPLEMENTER',
  CONSORTIUM: 'IMPLEMENTER',
  OTHER: 'OTHER',
};

export interface Unit {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  level?: string | null;
  date?: string;
}

export interface ParticipationFact {
  event: Unit;
  participantType: 'PERSON' | 'ORGANISATION';
  gender: string | null;
  role: string;
  institutionKind: string | null;
  rayon: Unit | null;
  oblast: Unit | null;
}

export enum BreakdownGrouping {
  NONE = 'NONE',
  EVENT = 'EVENT',
  RAYON = 'RAYON',
  OBLAST = 'OBLAST',
}

export interface Count {
  key: string;
  count: number;
}

export interface BreakdownGroup {
  /** Null for the whole scope, and for institutions with no territory (national bodies, donors). */
  unit: Unit | null;
  participations: number;
  people: number;
  organisations: number;
  byGender: Count[];
  byRole: Count[];
  byInstitution: Count[];
}

function counts(values: string[], order: readonly string[] = []): Count[] {
  const tally = new Map<string, number>(order.map((key) => [key, 0]));
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally].map(([key, count]) => ({ key, count }));
}

/** Counts of one set of participations. Gender counts people only; unknown gender is counted as UNKNOWN. */
function summarise(unit: Unit | null, facts: readonly ParticipationFact[]): BreakdownGroup {
  const people = facts.filter((f) => f.participantType === 'PERSON');
  return {
    unit,
    participations: facts.length,
    people: people.length,
    organisations: facts.length - people.length,
    byGender: counts(people.map((f) => f.gender ?? 'UNKNOWN'), ['FEMALE', 'MALE', 'UNKNOWN']),
    byRole: counts(facts.map((f) => f.role)),
    byInstitution: counts(facts.map((f) => (f.institutionKind ? (institutionOfKind[f.institutionKind] ?? 'OTHER') : 'UNKNOWN'))),
  };
}

export function breakdown(facts: readonly ParticipationFact[], grouping: BreakdownGrouping): BreakdownGroup[] {
  if (grouping === BreakdownGrouping.NONE) return [summarise(null, facts)];
  const unitOf = (fact: ParticipationFact): Unit | null =>
    grouping === BreakdownGrouping.EVENT ? fact.event : grouping === BreakdownGrouping.RAYON ? fact.rayon : fact.oblast;
  const groups = new Map<string, { unit: Unit | null; facts: ParticipationFact[] }>();
  for (const fact of facts) {
    const unit = unitOf(fact);
    const key = unit?.id ?? '';
    const group = groups.get(key) ?? { unit, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  // Events by date, territories by code; institutions with no territory last.
  const order = (group: { unit: Unit | null }) => group.unit?.date ?? group.unit?.id ?? '\uffff';
  return [...groups.values()]
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map((group) => summarise(group.unit, group.facts));
}
