import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { projectPath } from '../../server/common/project-root.js';
import { databaseFingerprint } from '../fuzz/database-fingerprint.js';
import { query } from '../imports/import-support.js';
import { as, graphql, graphqlData } from '../support/graphql.js';

/**
 * confirmPressRelease through the real API against the seeded Neo4j: the seed's own release, confirmed with its
 * draft's decisions, finds the seed event and records its participations; a second confirmation writes nothing;
 * decisions (IGNORE, CREATE, MATCH) are written as given; a bad id or date refuses the whole confirmation and the
 * database is unchanged (fingerprint); viewers are refused; one audit entry says what was done.
 */
const seedRelease = readFileSync(projectPath('data/programme/press-release-2019-07-18.ru.txt'), 'utf8');
const SEED_EVENT = 'event-2019-07-18-karakol-inception';
const KARAKOL = '41702410000010';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const DRAFT = `query Draft($input: PressReleaseInput!) {
  pressReleaseDraft(input: $input) {
    language text sourceUrl publishedOn
    event { title date endDate place kind reportedParticipantCount placeTerritory { id } phase { id } }
    organisations { text start end kind status match { id } }
    people { text start end name post organisationText status match { id } }
  }
}`;

const CONFIRM = `mutation Confirm($input: PressReleaseConfirmInput!) {
  confirmPressRelease(input: $input) {
    event { id date nameRu nameEn kind reportedParticipantCount source }
    eventCreated alreadyRecorded textSha256
    createdOrganisationIds createdPersonIds createdParticipationIds createdPositionIds
  }
}`;

/** The confirmation input an editor sends after accepting every finding of a draft as it stands. */
function acceptDraft(draft: any): Record<string, any> {
  return {
    text: draft.text,
    sourceUrl: draft.sourceUrl,
    publishedOn: draft.publishedOn,
    language: draft.language,
    event: {
      title: draft.event.title,
      date: draft.event.date,
      endDate: draft.event.endDate,
      kind: draft.event.kind,
      place: draft.event.place,
      placeTerritoryId: draft.event.placeTerritory?.id ?? null,
      phaseId: draft.event.phase?.id ?? null,
      reportedParticipantCount: draft.event.reportedParticipantCount,
    },
    organisations: draft.organisations.map((o: any) => ({
      text: o.text, start: o.start, end: o.end, decision: o.status, id: o.match?.id ?? null,
      name: o.status === 'CREATE' ? o.text : null, kind: o.status === 'CREATE' ? o.kind : null,
    })),
    people: draft.people.map((p: any) => ({
      text: p.text, start: p.start, end: p.end, decision: p.status, id: p.match?.id ?? null,
      name: p.name, post: p.post, organisationText: p.organisationText,
    })),
  };
}

async function draftOf(text: string, extra: Record<string, unknown> = {}) {
  return (await graphqlData(DRAFT, { input: { text, ...extra } })).pressReleaseDraft;
}

const confirm = async (input: Record<string, unknown>) => {
  released.add(sha256(String(input.text)));
  return (await graphqlData(CONFIRM, { input })).confirmPressRelease;
};

const attempt = (input: Record<string, unknown>, options: Parameters<typeof graphql>[2] = {}) => {
  released.add(sha256(String(input.text)));
  return graphql(CONFIRM, { input }, options);
};

/** A release of the test's own: a seminar in Karakol in phase 2, naming one new NGO, one known body and one person. */
const ownRelease = (title = 'Семинар по стандартам муниципальных услуг', extra = '') =>
  `${title}\n\n15 апреля 2021 года в г. Каракол ОФ «Тестовый Нур-Жолу» и ГАМСУМО провели семинар для 25 участников. ` +
  `Семинар открыл Заместитель Директора ГАМСУМО Байдылдаев М.К.${extra}`;

function ownInput(text: string, overrides: Record<string, any> = {}): Record<string, any> {
  const at = (mention: string) => ({ text: mention, start: text.indexOf(mention), end: text.indexOf(mention) + mention.length });
  return {
    text,
    sourceUrl: null,
    language: 'ru',
    event: { title: text.split('\n')[0], date: '2021-04-15', kind: 'SEMINAR', place: 'г. Каракол', placeTerritoryId: KARAKOL, phaseId: 'psi-phase-2', reportedParticipantCount: 25 },
    organisations: [
      { ...at('ОФ «Тестовый Нур-Жолу»'), decision: 'CREATE', name: 'ОФ «Тестовый Нур-Жолу»', kind: 'NGO', role: 'ORGANISER' },
      { ...at('ГАМСУМО'), decision: 'MATCH', id: 'gamsumo' },
    ],
    people: [{ ...at('Байдылдаев М.К.'), decision: 'MATCH', id: 'person-baidyldaev-m-k', post: 'Заместитель Директора', organisationText: 'ГАМСУМО', role: 'SPEAKER' }],
    ...overrides,
  };
}

/** Every release a test confirmed: what it wrote carries the SHA-256 of its text, and goes with it after the test. */
const released = new Set<string>();
const startedAt = new Date().toISOString();

afterEach(async () => {
  const hashes = [...released];
  await query('MATCH ()-[r]->() WHERE r.sourceTextSha256 IN $hashes DELETE r', { hashes });
  const [ids] = await query('MATCH (n:Entity) WHERE n.sourceTextSha256 IN $hashes RETURN collect(n.id) AS ids', { hashes });
  await query('MATCH (n:Entity) WHERE n.sourceTextSha256 IN $hashes DETACH DELETE n', { hashes });
  const [events] = await query('MATCH (r:PressRelease) WHERE r.textSha256 IN $hashes RETURN collect(r.eventId) AS ids', { hashes });
  await query('MATCH (r:PressRelease) WHERE r.textSha256 IN $hashes DELETE r', { hashes });
  const touched = [...(ids!.ids as string[]), ...(events!.ids as string[]), 'gamsumo', 'person-baidyldaev-m-k', 'psi-consortium', 'sdc', 'helvetas', 'dpi', 'gov-switzerland', 'oblast-admin-41702000000000', 'ao-41702210830000', 'person-monoldorov-d-ch', 'person-mambetova-asel', 'person-kubatov-askat'];
  await query('MATCH (c:Change) WHERE c.entityId IN $ids AND c.at >= datetime($since) DELETE c', { ids: touched, since: startedAt });
  released.clear();
});

async function participationsAt(eventId: string) {
  const rows = await query(
    `MATCH (p)-[r:PARTICIPATED_IN]->(:Event {id: $eventId}) RETURN p.id AS id, r.id AS participationId, r.role AS role, r.representingId AS representingId, r.source AS source, r.sourceTextSha256 AS sha`,
    { eventId },
  );
  return new Map(rows.map((row) => [String(row.id), row]));
}

describe('confirmPressRelease', () => {
  it('records the seed release against the seed event with its participations, and writes nothing the second time', async () => {
    const sourceUrl = 'https://example.org/press/2019-07-18-karakol';
    const draft = await draftOf(seedRelease, { sourceUrl });
    const before = await participationsAt(SEED_EVENT);
    const result = await confirm(acceptDraft(draft));
    const hash = sha256(draft.text);

    // Same phase, day and place, and the title is the seed event's alias: found, not created.
    expect(result).toMatchObject({ event: { id: SEED_EVENT, date: '2019-07-18' }, eventCreated: false, alreadyRecorded: false, textSha256: hash });
    expect(result.createdOrganisationIds).toEqual([]);
    expect(result.createdPersonIds).toEqual([]);
    const after = await participationsAt(SEED_EVENT);
    const participants = ['gov-switzerland', 'sdc', 'psi-consortium', 'helvetas', 'dpi', 'oblast-admin-41702000000000', 'gamsumo', 'ao-41702210830000',
      'person-monoldorov-d-ch', 'person-baidyldaev-m-k', 'person-mambetova-asel', 'person-kubatov-askat'];
    for (const id of participants) expect(after.has(id), id).toBe(true);
    // Participations the seed had keep their role, representation and source; new ones carry the release's address and hash.
    expect(after.get('person-baidyldaev-m-k')).toMatchObject({ role: 'SPEAKER', representingId: 'gamsumo', source: 'press-release-2019-07-18.ru.txt' });
    expect(after.get('person-kubatov-askat')).toMatchObject({ representingId: 'ao-41702210830000' });
    const created = [...after.values()].filter((row) => !before.has(String(row.id)));
    expect(created.map((row) => row.id).sort()).toEqual(['dpi', 'gov-switzerland', 'helvetas']);
    expect(result.createdParticipationIds.sort()).toEqual(created.map((row) => row.participationId).sort());
    for (const row of created) expect(row).toMatchObject({ role: 'PARTICIPANT', source: sourceUrl, sha: hash });
    // Байдылдаев already holds «Заместитель директора» at ГАМСУМО: the release's «Заместитель Директора» is that post.
    const [posts] = await query(`MATCH (:Person {id: 'person-baidyldaev-m-k'})-[r:HOLDS_POSITION]->(:Organisation {id: 'gamsumo'}) RETURN count(r) AS count`);
    expect(Number(posts!.count)).toBe(1);
    const [release] = await query('MATCH (r:PressRelease {textSha256: $hash}) RETURN r {.*} AS release', { hash });
    expect(release!.release).toMatchObject({ eventId: SEED_EVENT, sourceUrl, language: 'ru' });

    // Again: found by its text, nothing written at all.
    const fingerprint = await databaseFingerprint();
    const again = await confirm(acceptDraft(draft));
    expect(again).toMatchObject({ event: { id: SEED_EVENT }, eventCreated: false, alreadyRecorded: true, createdParticipationIds: [], createdOrganisationIds: [], createdPersonIds: [] });
    expect(await databaseFingerprint()).toEqual(fingerprint);
    // The same address with an edited text is the same release.
    const edited = await confirm({ ...acceptDraft(draft), text: `${draft.text}\n`, organisations: [], people: [] });
    expect(edited).toMatchObject({ event: { id: SEED_EVENT }, alreadyRecorded: true });
    expect(await databaseFingerprint()).toEqual(fingerprint);
  });

  it('creates the event, a CREATE organisation with its kind and the source hash, and the participations with roles and representation', async () => {
    const text = ownRelease();
    const hash = sha256(text);
    const result = await confirm({ ...ownInput(text), sourceUrl: 'https://example.org/news/nur-zholu' });
    expect(result).toMatchObject({ eventCreated: true, alreadyRecorded: false, event: { date: '2021-04-15', kind: 'SEMINAR', nameRu: text.split('\n')[0], reportedParticipantCount: 25, source: 'https://example.org/news/nur-zholu' } });
    expect(result.createdOrganisationIds).toHaveLength(1);
    const [organisation] = await query('MATCH (o:Organisation {id: $id}) RETURN o {.*} AS o', { id: result.createdOrganisationIds[0] });
    expect(organisation!.o).toMatchObject({ nameRu: 'ОФ «Тестовый Нур-Жолу»', kind: 'NGO', source: 'https://example.org/news/nur-zholu', sourceTextSha256: hash });
    const [event] = await query(
      `MATCH (e:Event {id: $id}) RETURN e.sourceTextSha256 AS sha, [(e)-[:IN_PHASE]->(p) | p.id] AS phases, [(e)-[:HELD_IN]->(t) | t.id] AS places`,
      { id: result.event.id },
    );
    expect(event).toMatchObject({ sha: hash, phases: ['psi-phase-2'], places: [KARAKOL] });
    const participations = await participationsAt(result.event.id);
    expect(participations.get(result.createdOrganisationIds[0])).toMatchObject({ role: 'ORGANISER', representingId: null, sha: hash });
    expect(participations.get('gamsumo')).toMatchObject({ role: 'PARTICIPANT' });
    expect(participations.get('person-baidyldaev-m-k')).toMatchObject({ role: 'SPEAKER', representingId: 'gamsumo' });
    expect(result.createdParticipationIds).toHaveLength(3);
  });

  it('reads blank optional fields of a form as none', async () => {
    const text = ownRelease();
    const input = ownInput(text, { sourceUrl: '', event: { ...ownInput(text).event, place: '' } });
    input.organisations[0] = { ...input.organisations[0], name: '' };
    input.people[0] = { ...input.people[0], post: '', organisationText: '' };
    const result = await confirm(input);
    expect(result.event).toMatchObject({ source: `press release sha256:${sha256(text)}` });
    const [stored] = await query('MATCH (e:Event {id: $id}) RETURN e.placeRu AS place', { id: result.event.id });
    expect(stored!.place).toBeNull();
    const [organisation] = await query('MATCH (o:Organisation {id: $id}) RETURN o.nameRu AS name', { id: result.createdOrganisationIds[0] });
    expect(organisation!.name).toBe('ОФ «Тестовый Нур-Жолу»');
    expect((await participationsAt(result.event.id)).get('person-baidyldaev-m-k')).toMatchObject({ representingId: null });
  });

  it('IGNORE drops a mention: nothing is written for it', async () => {
    const text = ownRelease();
    const input = ownInput(text);
    input.organisations[0] = { ...input.organisations[0], decision: 'IGNORE' };
    const result = await confirm(input);
    expect(result.createdOrganisationIds).toEqual([]);
    const participations = await participationsAt(result.event.id);
    expect([...participations.keys()].sort()).toEqual(['gamsumo', 'person-baidyldaev-m-k']);
    const [found] = await query(`MATCH (o:Organisation) WHERE o.nameRu = 'ОФ «Тестовый Нур-Жолу»' RETURN count(o) AS count`);
    expect(Number(found!.count)).toBe(0);
    // An ignored person is not written either, whatever organisation they were said to represent.
    const other = ownRelease('Тренинг по стандартам услуг');
    const withoutPerson = await confirm(ownInput(other, { people: [{ ...ownInput(other).people[0], decision: 'IGNORE', organisationText: 'Министерство финансов' }] }));
    expect([...(await participationsAt(withoutPerson.event.id)).keys()].sort()).toEqual([withoutPerson.createdOrganisationIds[0], 'gamsumo'].sort());
  });

  it('creates a new person with the post at the organisation they represent', async () => {
    const text = ownRelease(undefined, ' Опытом поделилась председатель ОФ «Тестовый Нур-Жолу» Тестова Айгуль Бакытовна.');
    const input = ownInput(text);
    const mention = 'Тестова Айгуль Бакытовна';
    input.people.push({ text: mention, start: text.indexOf(mention), end: text.indexOf(mention) + mention.length, decision: 'CREATE', name: mention, post: 'председатель', organisationText: 'ОФ «Тестовый Нур-Жолу»', role: 'PRESENTER' });
    const result = await confirm(input);
    expect(result.createdPersonIds).toHaveLength(1);
    expect(result.createdPositionIds).toHaveLength(1);
    const [person] = await query(
      `MATCH (p:Person {id: $id})-[h:HOLDS_POSITION]->(o:Organisation) RETURN p.nameRu AS name, p.sourceTextSha256 AS sha, o.id AS organisation, h.title AS title, toString(h.observedOn) AS observedOn`,
      { id: result.createdPersonIds[0] },
    );
    expect(person).toMatchObject({ name: mention, sha: sha256(text), organisation: result.createdOrganisationIds[0], title: 'председатель', observedOn: '2021-04-15' });
    expect((await participationsAt(result.event.id)).get(result.createdPersonIds[0])).toMatchObject({ role: 'PRESENTER', representingId: result.createdOrganisationIds[0] });
  });

  it('finds the same event reported by another release: same day, phase and place, near-identical title', async () => {
    const first = await confirm(ownInput(ownRelease()));
    // Another release of it, another wording: «муниципальной услуги» for «муниципальных услуг».
    const second = await confirm(ownInput(ownRelease('Семинар по стандартам муниципальной услуги', ' Участники обсудили стандарты.')));
    expect(first.eventCreated).toBe(true);
    expect(second).toMatchObject({ eventCreated: false, alreadyRecorded: false, event: { id: first.event.id } });
    const [events] = await query(`MATCH (e:Event {date: date('2021-04-15')}) RETURN count(e) AS count`);
    expect(Number(events!.count)).toBe(1);
    // A different title on the same day is another event.
    const other = await confirm(ownInput(ownRelease('Тренинг по бюджетированию для айыл окмоту')));
    expect(other.eventCreated).toBe(true);
    expect(other.event.id).not.toBe(first.event.id);
  });

  it('records the release against an existing event when told to', async () => {
    const text = ownRelease();
    const result = await confirm(ownInput(text, { event: { existingEventId: SEED_EVENT } }));
    expect(result).toMatchObject({ event: { id: SEED_EVENT }, eventCreated: false });
    const participations = await participationsAt(SEED_EVENT);
    expect(participations.get(result.createdOrganisationIds[0])).toMatchObject({ role: 'ORGANISER', sha: sha256(text) });
  });

  it('refuses the whole confirmation on a bad id, naming the field, and writes nothing', async () => {
    const text = ownRelease();
    const cases: [Record<string, any>, string, string][] = [
      [{ people: [{ ...ownInput(text).people[0], id: 'person-does-not-exist' }] }, 'people[0].id', 'NO_NODE'],
      [{ people: [{ ...ownInput(text).people[0], id: 'gamsumo' }] }, 'people[0].id', 'WRONG_TYPE'],
      [{ organisations: [ownInput(text).organisations[0], { ...ownInput(text).organisations[1], id: KARAKOL }] }, 'organisations[1].id', 'WRONG_TYPE'],
      [{ organisations: [ownInput(text).organisations[0], { ...ownInput(text).organisations[1], id: null }] }, 'organisations[1].id', 'ID_REQUIRED'],
      [{ people: [{ ...ownInput(text).people[0], organisationId: 'person-kubatov-askat', organisationText: null }] }, 'people[0].organisationId', 'WRONG_TYPE'],
      [{ people: [{ ...ownInput(text).people[0], organisationText: 'Министерство финансов' }] }, 'people[0].organisationText', 'ORGANISATION_TEXT_UNKNOWN'],
      [{ people: [{ ...ownInput(text).people[0], decision: 'CREATE', id: null, name: 'Байдылдаев' }] }, 'people[0].name', 'NAME_INCOMPLETE'],
      [{ people: [{ ...ownInput(text).people[0], start: 3 }] }, 'people[0].text', 'OFFSETS_TEXT'],
      [{ organisations: [{ ...ownInput(text).organisations[0], kind: 'AYIL_OKMOTU' }] }, 'organisations[0].kind', 'KIND_LOCAL_GOVERNMENT'],
      [{ organisations: [{ ...ownInput(text).organisations[0], name: null, text: 'Ф'.repeat(301), start: null, end: null }] }, 'organisations[0].name', 'NAME_TOO_LONG'],
      [{ event: { ...ownInput(text).event, phaseId: 'no-such-phase' } }, 'event.phaseId', 'NO_NODE'],
      [{ event: { ...ownInput(text).event, placeTerritoryId: 'gamsumo' } }, 'event.placeTerritoryId', 'WRONG_TYPE'],
      [{ event: { ...ownInput(text).event, title: null } }, 'event.title', 'EVENT_FIELD_REQUIRED'],
      [{ event: { ...ownInput(text).event, endDate: '2021-04-14' } }, 'event.endDate', 'END_BEFORE_START'],
      [{ event: { existingEventId: 'psi-phase-2' } }, 'event.existingEventId', 'WRONG_TYPE'],
      [{ text: '   ', organisations: [], people: [] }, 'text', 'TEXT_BLANK'],
    ];
    const fingerprint = await databaseFingerprint();
    for (const [overrides, field, messageCode] of cases) {
      const result = await attempt(ownInput(text, overrides));
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field, messageCode });
    }
    // The first decisions were fine and are not written either: one transaction, all or nothing.
    expect(await databaseFingerprint()).toEqual(fingerprint);
  });

  it('refuses an event date outside its phase, with the phase dates, as the attendance import does', async () => {
    const fingerprint = await databaseFingerprint();
    const text = ownRelease();
    const result = await attempt(ownInput(text, { event: { ...ownInput(text).event, date: '2024-01-10' } }));
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'event.date', reason: 'EVENT_DATE_OUTSIDE_PHASE', phaseId: 'psi-phase-2', phaseStartDate: '2019-05-01', phaseEndDate: '2023-04-30',
    });
    expect(await databaseFingerprint()).toEqual(fingerprint);
  });

  it("words its refusals in the request's language", async () => {
    const text = ownRelease();
    const input = ownInput(text, { people: [{ ...ownInput(text).people[0], id: 'person-does-not-exist' }] });
    const english = await attempt(input, { acceptLanguage: 'en-GB,en;q=0.9' });
    expect(english.errors?.[0]?.message).toBe('people[0].id: nothing in the graph has the id "person-does-not-exist"');
    const russian = await attempt(input);
    expect(russian.errors?.[0]?.message).toBe('people[0].id: в графе нет узла с id «person-does-not-exist»');
  });

  it('refuses oversized and hostile input before anything runs, and stores names only as parameters', async () => {
    const fingerprint = await databaseFingerprint();
    const text = ownRelease();
    const base = ownInput(text);
    const probes: [Record<string, any>, string][] = [
      [{ text: 'с'.repeat(100_001), organisations: [], people: [] }, 'text'],
      [{ organisations: Array.from({ length: 501 }, () => base.organisations[1]) }, 'organisations'],
      [{ people: [{ ...base.people[0], decision: 'CREATE', id: null, name: 'Тестова \ud800Айгуль' }] }, 'people.0.name'],
      [{ organisations: [{ ...base.organisations[0], name: 'О'.repeat(301) }] }, 'organisations.0.name'],
      [{ people: [{ ...base.people[0], start: -1 }] }, 'people.0.start'],
      [{ event: { ...base.event, reportedParticipantCount: -5 } }, 'event.reportedParticipantCount'],
      [{ people: [{ ...base.people[0], start: 0, end: 10_000_000 }] }, 'people[0].end'],
    ];
    for (const [overrides, field] of probes) {
      const result = await attempt(ownInput(text, overrides));
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(result.errors?.[0]?.extensions?.field ?? ''), field).toContain(field);
    }
    expect(await databaseFingerprint()).toEqual(fingerprint);
    // Cypher in a name is a name: statements take parameters.
    const hostile = "Фонд x'}) DETACH DELETE n //";
    const result = await confirm(ownInput(text, { organisations: [{ ...base.organisations[0], name: hostile }, base.organisations[1]] }));
    const [stored] = await query('MATCH (o:Organisation {id: $id}) RETURN o.nameRu AS name', { id: result.createdOrganisationIds[0] });
    expect(stored!.name).toBe(hostile);
  });

  it('puts the title and new names in the fields of the release language', async () => {
    const english = 'Workshop on municipal service standards\n\nOn 15 April 2021 the Test Nur-Zholu Foundation held a workshop in Karakol.';
    const created = await confirm({
      ...ownInput(english), language: 'en',
      event: { ...ownInput(english).event, title: 'Workshop on municipal service standards', place: 'Karakol' },
      organisations: [{ text: 'Test Nur-Zholu Foundation', start: english.indexOf('Test'), end: english.indexOf('Test') + 25, decision: 'CREATE', kind: 'NGO' }],
      people: [],
    });
    expect(created.event).toMatchObject({ nameEn: 'Workshop on municipal service standards', nameRu: null });
    const [organisation] = await query('MATCH (o:Organisation {id: $id}) RETURN o.nameEn AS en, o.nameRu AS ru', { id: created.createdOrganisationIds[0] });
    expect(organisation).toMatchObject({ en: 'Test Nur-Zholu Foundation', ru: null });
    const kyrgyz = 'Муниципалдык кызмат көрсөтүүлөр боюнча семинар\n\n2021-жылдын 15-апрелинде Каракол шаарында семинар өттү.';
    const ky = await confirm({ ...ownInput(kyrgyz), language: 'ky', event: { ...ownInput(kyrgyz).event, title: kyrgyz.split('\n')[0] }, organisations: [], people: [] });
    const [event] = await query('MATCH (e:Event {id: $id}) RETURN e.nameKy AS ky, e.nameRu AS ru', { id: ky.event.id });
    expect(event).toMatchObject({ ky: kyrgyz.split('\n')[0], ru: kyrgyz.split('\n')[0] });
  });

  it('confirms a release again once the event it was recorded against is deleted', async () => {
    const text = ownRelease();
    const first = await confirm(ownInput(text));
    await graphqlData('mutation ($id: ID!) { deleteEvent(id: $id) { id } }', { id: first.event.id });
    const again = await confirm(ownInput(text));
    expect(again).toMatchObject({ alreadyRecorded: false, eventCreated: true });
    const [releases] = await query('MATCH (r:PressRelease {textSha256: $hash}) RETURN collect(r.eventId) AS events', { hash: sha256(text) });
    expect(releases!.events).toEqual([again.event.id]);
  });

  it('costs the same few statements however many mentions it writes (no statement per mention)', async () => {
    const letters = 'абвгдежзиклмнопрстуфхцчшэюя';
    // Names of their own per call: the second would otherwise find what the first created (and create fewer).
    const withMentions = (title: string, count: number, name = title.split(' ')[0]) =>
      ownInput(ownRelease(title), {
        organisations: Array.from({ length: count }, (_, i) => ({ text: `ОФ «${name} сообщество ${i + 1}»`, decision: 'CREATE', kind: 'NGO' })),
        people: Array.from({ length: count }, (_, i) => ({
          text: `Тестов${letters[i % letters.length]} ${name}`, decision: 'CREATE', name: `Тестов${letters[i % letters.length]} ${name}`,
          post: 'председатель', organisationText: `ОФ «${name} сообщество ${i + 1}»`,
        })),
      });
    const small = await attempt(withMentions('Форум местных сообществ', 1));
    const large = await attempt(withMentions('Тренинг для местных сообществ', 40));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const written = large.data.confirmPressRelease;
    expect([written.createdOrganisationIds.length, written.createdPersonIds.length, written.createdPositionIds.length, written.createdParticipationIds.length]).toEqual([40, 40, 40, 80]);
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBeLessThanOrEqual(10);
  });

  it('is for editors and admins: a viewer is refused and nothing is written', async () => {
    const fingerprint = await databaseFingerprint();
    const viewer = await attempt(ownInput(ownRelease()), { principal: as(Role.VIEWER) });
    expect(viewer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Mutation.confirmPressRelease' });
    expect(await databaseFingerprint()).toEqual(fingerprint);
    const editor = await attempt(ownInput(ownRelease()), { principal: as(Role.EDITOR) });
    expect(editor.errors).toBeUndefined();
  });

  it('leaves one audit entry saying what it wrote', async () => {
    const text = ownRelease();
    const result = await confirm({ ...ownInput(text), sourceUrl: 'https://example.org/news/audit' });
    const { changes } = await graphqlData(`query ($id: ID!) { changes(entityId: $id) { action entityType subjectId summary after } }`, { id: result.event.id });
    const entries = changes.filter((c: any) => c.entityType === 'PressRelease');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'IMPORTED',
      subjectId: result.event.id,
      after: {
        textSha256: sha256(text), sourceUrl: 'https://example.org/news/audit', eventCreated: true,
        newOrganisations: result.createdOrganisationIds, newParticipations: expect.arrayContaining(result.createdParticipationIds),
      },
    });
    expect(entries[0].summary).toMatch(/^Пресс-релиз https:\/\/example\.org\/news\/audit записан в .*событие создано.*новых участий — 3, новых людей — 0, новых организаций — 1/);
    expect(entries[0].after.summaryEn).toMatch(/^Confirmed press release https:\/\/example\.org\/news\/audit into .*event created.*3 new participations/);
  });

  it('writes one event and one release record when the same release is confirmed twice at once', async () => {
    const text = ownRelease();
    const results = await Promise.all([confirm(ownInput(text)), confirm(ownInput(text))]);
    expect(results.map((r) => r.alreadyRecorded).sort()).toEqual([false, true]);
    expect(results[0].event.id).toBe(results[1].event.id);
    const [counts] = await query(
      `MATCH (r:PressRelease {textSha256: $hash}) WITH count(r) AS releases
       MATCH (e:Event {date: date('2021-04-15')}) RETURN releases, count(e) AS events`,
      { hash: sha256(text) },
    );
    expect(counts).toMatchObject({ releases: 1, events: 1 });
  });
});
