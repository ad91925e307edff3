/** An event's participants → the two sides of the bipartite view (people, organisations) and the counts. */
import type { EventDetail, NameRef } from '../api/queries.js';
import { MUNICIPALITY_KINDS } from './categories.js';

export interface PersonSide extends NameRef {
  role: string;
  representing: (NameRef & { kind: string }) | null;
}

export interface OrganisationSide extends NameRef {
  kind: string;
  /** Its role when it took part in its own right; null when only a person represented it. */
  role: string | null;
  /** Ids of the named people who represented it. */
  representedBy: string[];
}

export interface OrganisationGroup {
  kind: string;
  organisations: OrganisationSide[];
}

export interface ParticipantCounts {
  reported: number | null;
  namedPeople: number;
  /** Every organisation drawn: taking part itself or through a named person representing it. */
  organisations: number;
  /** Of those, the ones recorded as taking part themselves (each is a row of the participants table). */
  organisationsInOwnRight: number;
  /** Rows of the participants table: each named person and each organisation taking part in its own right. */
  tableRows: number;
  /** Municipalities among the organisations drawn. */
  municipalities: number;
  /** Reported participants not named individually (reported − named people), when a count was reported. */
  notNamed: number | null;
  byKind: { kind: string; count: number }[];
}

export interface Bipartite {
  people: PersonSide[];
  /** Organisations represented by a named person first, then the others grouped by kind. */
  groups: OrganisationGroup[];
  links: { personId: string; organisationId: string; role: string }[];
  counts: ParticipantCounts;
}

/** Order of organisation kinds on the right-hand side: the programme side first, then government, then municipalities. */
const KIND_ORDER = [
  'DONOR',
  'DONOR_AGENCY',
  'INTERNATIONAL_ORGANISATION',
  'CONSORTIUM',
  'IMPLEMENTER',
  'GOVERNMENT_AGENCY',
  'OBLAST_ADMINISTRATION',
  'RAYON_ADMINISTRATION',
  'TOWN_ADMINISTRATION',
  'AYIL_OKMOTU',
  'LOCAL_COUNCIL',
  'PUBLIC_INSTITUTION',
  'NGO',
  'BUSINESS',
  'OTHER',
];

function kindRank(kind: string): number {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
}

export function bipartite(event: EventDetail, nameOf: (entity: NameRef) => string): Bipartite {
  const people: PersonSide[] = [];
  const organisations = new Map<string, OrganisationSide>();
  const links: Bipartite['links'] = [];

  for (const row of event.participants) {
    const participant = row.participant;
    if (participant.__typename === 'Person') {
      people.push({ id: participant.id, nameRu: participant.nameRu, nameEn: participant.nameEn, role: row.role, representing: row.representing });
      if (row.representing) {
        const known = organisations.get(row.representing.id);
        if (known) known.representedBy.push(participant.id);
        else {
          const { id, nameRu, nameEn, kind } = row.representing;
          organisations.set(id, { id, nameRu, nameEn, kind, role: null, representedBy: [participant.id] });
        }
        links.push({ personId: participant.id, organisationId: row.representing.id, role: row.role });
      }
    } else {
      const known = organisations.get(participant.id);
      if (known) known.role = row.role;
      else {
        const { id, nameRu, nameEn, kind } = participant;
        organisations.set(id, { id, nameRu, nameEn, kind, role: row.role, representedBy: [] });
      }
    }
  }

  const byName = (a: NameRef, b: NameRef) => nameOf(a).localeCompare(nameOf(b)) || (a.id < b.id ? -1 : 1);
  const groupMap = new Map<string, OrganisationSide[]>();
  for (const organisation of organisations.values()) {
    const list = groupMap.get(organisation.kind) ?? [];
    list.push(organisation);
    groupMap.set(organisation.kind, list);
  }
  const groups = [...groupMap.entries()]
    .sort(([a], [b]) => kindRank(a) - kindRank(b) || a.localeCompare(b))
    .map(([kind, list]) => ({
      kind,
      // Within a kind, the organisations people spoke for come first, so their links stay short.
      organisations: list.sort((a, b) => Number(b.representedBy.length > 0) - Number(a.representedBy.length > 0) || byName(a, b)),
    }));

  // Counted from what is drawn, not from the server's own-right count: an event recorded only through people who
  // represented their organisations would otherwise say "0 organisations" beside every organisation it draws.
  const drawn = [...organisations.values()];
  const inOwnRight = drawn.filter((organisation) => organisation.role !== null).length;
  const byKind = groups.map((group) => ({ kind: group.kind, count: group.organisations.length })).filter((entry) => entry.count > 0);
  const reported = event.reportedParticipantCount ?? null;
  return {
    people: people.sort(byName),
    groups,
    links,
    counts: {
      reported,
      namedPeople: event.namedParticipantCount ?? people.length,
      organisations: drawn.length,
      organisationsInOwnRight: inOwnRight,
      tableRows: people.length + inOwnRight,
      municipalities: drawn.filter((organisation) => MUNICIPALITY_KINDS.has(organisation.kind)).length,
      notNamed: reported === null ? null : Math.max(0, reported - people.length),
      byKind,
    },
  };
}

/** Events sorted by date (oldest first), for the timeline. */
export function byDate<T extends { date: string; id: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
