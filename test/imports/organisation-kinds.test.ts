import { afterAll, describe, expect, it } from 'vitest';
import { legalFormOf } from '../../server/imports/legal-forms.js';
import { OrganisationKind } from '../../server/organisations/organisation.type.js';
import { translator } from '../../web/src/i18n.js';
import { NEW_ORGANISATION_KINDS } from '../../web/src/import/import-api.js';
import { categoryOf } from '../../web/src/shaping/categories.js';
import { CATEGORY_COLOURS, CATEGORY_LABELS } from '../../web/src/shaping/colours.js';
import { graphqlData } from '../support/graphql.js';
import { Cleanup, PREVIEW, inEnglish } from './import-support.js';

/**
 * Issue 12: the kinds attendance sheets name (local councils, NGOs, businesses, public institutions,
 * international organisations) exist in the graph, and the import guesses them for organisations it lacks.
 */
const cleanup = new Cleanup();
afterAll(() => cleanup.run());

const newKinds = ['LOCAL_COUNCIL', 'NGO', 'BUSINESS', 'PUBLIC_INSTITUTION', 'INTERNATIONAL_ORGANISATION'] as const;

describe('organisation kinds named by attendance sheets', () => {
  it.each(newKinds)('creates an organisation of kind %s through the API, and lists it by that kind', async (kind) => {
    const id = `test-kind-${kind.toLowerCase().replace(/_/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
    cleanup.node(id);
    const created = await graphqlData(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind } }`, {
      input: { id, kind, nameRu: `Организация вида ${kind}` },
    });
    expect(created.createOrganisation).toEqual({ id, kind });
    const listed = await graphqlData(`query ($kinds: [OrganisationKind!]) { organisations(kinds: $kinds, first: 100) { items { id kind } } }`, { kinds: [kind] });
    expect(listed.organisations.items).toContainEqual({ id, kind });
  });

  it('labels every kind in Russian and English in the web view, and draws the new ones in a category of their own', () => {
    const [ru, en] = [translator('ru'), translator('en')];
    for (const kind of Object.values(OrganisationKind)) {
      expect(ru.enumLabel(kind), kind).toMatch(/^\p{Script=Cyrillic}/u);
      // A worded label, not the code shown as is ("NGO" is both).
      expect(en.enumLabel(kind), kind).toMatch(kind === 'NGO' ? /^NGO$/ : /^[A-Z][a-z]/);
    }
    expect(newKinds.map((kind) => categoryOf('ORGANISATION', kind))).toEqual(['municipality', 'ngo', 'business', 'public-institution', 'donor']);
    for (const category of ['ngo', 'business', 'public-institution'] as const) {
      expect(CATEGORY_COLOURS[category]).toMatch(/^#[0-9a-f]{6}$/);
      expect(CATEGORY_LABELS[category].ru).not.toBe(CATEGORY_LABELS[category].en);
    }
  });

  it('lets the editor give a new organisation any kind but a municipality in the dry run, so a guessed kind is shown as chosen', () => {
    const municipal = new Set(['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']);
    expect([...NEW_ORGANISATION_KINDS].sort()).toEqual(Object.values(OrganisationKind).filter((kind) => !municipal.has(kind)).sort());
  });

  it('guesses the kind from the legal form: «ОО …» is an NGO, «… айылдык кеңеши» a local council, never OTHER', () => {
    expect(legalFormOf('ОО «Ак-Ниет»')?.kind).toBe('NGO');
    expect(legalFormOf('Кочкор айылдык кеңеши')?.kind).toBe('LOCAL_COUNCIL');
    expect(legalFormOf('Тамгинский айылный кенеш')?.kind).toBe('LOCAL_COUNCIL');
    expect(legalFormOf('ОсОО «Бизнес-Консалт»')?.kind).toBe('BUSINESS');
    expect(legalFormOf('СОШ №3 им. Токтогула')?.kind).toBe('PUBLIC_INSTITUTION');
    expect(legalFormOf('ЦСМ Тюпского района')?.kind).toBe('PUBLIC_INSTITUTION');
    expect(legalFormOf('ГП «Кыргызжилкоммунсоюз»')?.kind).toBe('PUBLIC_INSTITUTION');
    expect(legalFormOf('ПРООН в Кыргызстане')?.kind).toBe('INTERNATIONAL_ORGANISATION');
    // A donor government's agency stays a donor agency.
    expect(legalFormOf('USAID Кыргызстан')?.kind).toBe('DONOR_AGENCY');
  });

  it('offers an organisation the graph lacks as new with the guessed kind: NGO for «ОО "…"», LOCAL_COUNCIL for «… айылдык кеңеши»', async () => {
    const sheet = [
      'ФИО,Должность,Организация',
      'Асанова Айгуль Маратовна,Директор,"ОО ""Келечек-Жаштар"""',
      'Токтогулов Бакыт Асанович,Депутат,Орто-Суу айылдык кеңеши',
    ].join('\n');
    const input = inEnglish({ file: Buffer.from(sheet).toString('base64'), fileName: 'kinds.csv', newEvent: { id: 'test-kinds-event', date: '2024-03-14', kind: 'SEMINAR', nameEn: 'Kinds' } });
    const preview = (await graphqlData(PREVIEW.replace('organisation { status', 'organisation { kind status'), { input })).previewAttendanceImport;
    const byName = new Map(preview.rows.map((row: any) => [row.name, row]));
    expect(byName.get('Асанова Айгуль Маратовна')).toMatchObject({ organisation: { status: 'CREATE', kind: 'NGO' } });
    expect(byName.get('Токтогулов Бакыт Асанович')).toMatchObject({ organisation: { status: 'CREATE', kind: 'LOCAL_COUNCIL' } });
  });
});

