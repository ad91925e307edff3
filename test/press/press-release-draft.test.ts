import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Cleanup } from '../imports/import-support.js';
import { projectPath } from '../../server/common/project-root.js';
import { as, graphql, graphqlData } from '../support/graphql.js';
import { Role } from '../../server/auth/roles.js';

/**
 * pressReleaseDraft through the real API against the seeded Neo4j: the seed's own press release drafts to the
 * seed's event, viewers are refused, bad input is BAD_USER_INPUT, and nothing is written.
 */
const seedRelease = readFileSync(projectPath('data/programme/press-release-2019-07-18.ru.txt'), 'utf8');

const DRAFT = `query Draft($input: PressReleaseInput!) {
  pressReleaseDraft(input: $input) {
    language
    text
    event { title date endDate place kind reportedParticipantCount placeTerritory { id } programme { id } phase { id } }
    organisations { text start end kind status match { id } candidates { id score reason } }
    people { text start end name post organisationText status match { id } candidates { id score reason } }
    territories { text start end level status match { id } candidates { id score reason } }
  }
}`;

describe('pressReleaseDraft', () => {
  it('drafts the seed press release to the seed event', async () => {
    const { pressReleaseDraft: draft } = await graphqlData(DRAFT, { input: { text: seedRelease } });
    expect(draft.language).toBe('ru');
    expect(draft.event).toMatchObject({
      date: '2019-07-18',
      endDate: null,
      kind: 'SEMINAR',
      reportedParticipantCount: 71,
      placeTerritory: { id: '41702410000010' },
      programme: { id: 'psi' },
      phase: { id: 'psi-phase-2' },
    });
    const people = Object.fromEntries(draft.people.map((p: any) => [p.match?.id, p]));
    expect(Object.keys(people).sort()).toEqual(['person-baidyldaev-m-k', 'person-kubatov-askat', 'person-mambetova-asel', 'person-monoldorov-d-ch']);
    expect(people['person-monoldorov-d-ch']).toMatchObject({ name: 'Монолдоров Д.Ч.', post: expect.stringMatching(/^Первого заместителя Полномочного Представителя/) });
    expect(people['person-baidyldaev-m-k']).toMatchObject({ name: 'Байдылдаев М.К.', post: 'Заместитель Директора', organisationText: 'ГАМСУМО' });
    expect(people['person-mambetova-asel']).toMatchObject({ name: 'Асель Мамбетова', post: expect.stringMatching(/^руководителем Проекта/) });
    expect(people['person-kubatov-askat']).toMatchObject({ name: 'Кубатов Аскат', post: 'Зам. главы', organisationText: 'Джети-Огузского айыл окмоту' });
    const organisations = new Set(draft.organisations.map((o: any) => o.match?.id));
    for (const id of ['gamsumo', 'oblast-admin-41702000000000', 'psi-consortium', 'helvetas', 'dpi', 'sdc', 'gov-switzerland']) expect(organisations).toContain(id);
    // Every finding can be shown where it was read.
    for (const mention of [...draft.organisations, ...draft.people, ...draft.territories]) {
      expect(draft.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('reads an HTML file and takes the year from the dateline', async () => {
    const html = '<html><body><h1>Семинар в Караколе</h1><p>15 апреля в г. Каракол прошел семинар для 25 участников.</p></body></html>';
    const { pressReleaseDraft: draft } = await graphqlData(DRAFT, {
      input: { file: Buffer.from(html).toString('base64'), fileName: 'release.html', publishedOn: '2021-04-20' },
    });
    expect(draft.text).toMatch(/^Семинар в Караколе\n+15 апреля/);
    expect(draft.event).toMatchObject({ date: '2021-04-15', reportedParticipantCount: 25, placeTerritory: { id: '41702410000010' } });
  });

  it.each(['seminar-karakol.docx', 'seminar-karakol.pdf'])('reads %s', async (fileName) => {
    const file = readFileSync(projectPath(`test/fixtures/press-files/${fileName}`)).toString('base64');
    const { pressReleaseDraft: draft } = await graphqlData(DRAFT, { input: { file, fileName, publishedOn: '2021-04-20' } });
    expect(draft.event).toMatchObject({ date: '2021-04-15', reportedParticipantCount: 25, placeTerritory: { id: '41702410000010' } });
    for (const mention of draft.territories) expect(draft.text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('is for editors and admins: a viewer is refused', async () => {
    const editor = await graphql(DRAFT, { input: { text: seedRelease } }, { principal: as(Role.EDITOR) });
    expect(editor.errors).toBeUndefined();
    const viewer = await graphql(DRAFT, { input: { text: seedRelease } }, { principal: as(Role.VIEWER) });
    expect(viewer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.pressReleaseDraft' });
    expect(viewer.data).toBeFalsy();
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const cases: Record<string, unknown>[] = [
      {},
      { text: '   ' },
      { text: 'x', file: 'eA==', fileName: 'a.txt' },
      { file: 'not base64!', fileName: 'a.txt' },
      { file: 'eA==', fileName: 'a.exe' },
      { file: 'eA==', fileName: 'broken.docx' },
      { text: 'x', publishedOn: '18.07.2019' },
      { text: 'x', language: 'de' },
      { text: 'семинар '.repeat(15_000) },
    ];
    for (const input of cases) {
      const result = await graphql(DRAFT, { input });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
  });

  it('reads the graph again after it changes: a new organisation is matched by the next draft', async () => {
    const text = 'Семинар провел Фонд «Тестовый Ак-Терек» для 20 участников.';
    const before = await graphqlData(DRAFT, { input: { text } });
    expect(before.pressReleaseDraft.organisations.some((o: any) => o.status === 'MATCH')).toBe(false);
    const created = await graphqlData(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { kind: 'OTHER', nameRu: 'Фонд «Тестовый Ак-Терек»' } },
    );
    cleanup.node(created.createOrganisation.id);
    const after = await graphqlData(DRAFT, { input: { text } });
    expect(after.pressReleaseDraft.organisations.map((o: any) => o.match?.id)).toContain(created.createOrganisation.id);
  });
});

const cleanup = new Cleanup();
afterAll(() => cleanup.run());
