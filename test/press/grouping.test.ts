import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../server/common/project-root.js';
import { draftFromText } from '../../server/press/draft.js';
import { Gazetteer } from '../../server/press/gazetteer.js';
import { groupDrafts, type GroupingInput } from '../../server/press/grouping.js';
import { seedGazetteerData } from '../../server/press/seed-gazetteer.js';

/** Real drafts (the engine with the seed's gazetteer), grouped: the rules see what the batch command sees. */
const gazetteer = new Gazetteer(seedGazetteerData());
const fixture = (name: string) => readFileSync(projectPath(`test/fixtures/press/${name}.txt`), 'utf8');
const drafted = (key: string, text: string, publishedOn: string | null = null): GroupingInput => ({ key, text, draft: draftFromText(text, gazetteer, { publishedOn }) });
const keysOf = (inputs: GroupingInput[]) => groupDrafts(inputs, gazetteer).map((group) => group.keys);

/** en-10 of the corpus told in Russian by another writer: no sentence is a translation word for word. */
const jetiOguzSigningRu = `Три муниципалитета Джети-Огузского района подписали соглашение о вывозе мусора

В пятницу, 22 ноября 2019 года, главы Джети-Огузского, Светлополянского и Липенковского айыл окмоту подписали соглашение о совместной службе вывоза твердых бытовых отходов. Соглашение подготовлено при поддержке Проекта «Улучшение услуг на местном уровне».

«Вместе мы можем содержать одну машину и один полигон», — сказал заместитель главы Джети-Огузского айыл окмоту Аскат Кубатов, руководивший рабочей группой. Подписание прошло в селе Кызыл-Суу в присутствии акима Джети-Огузского района.

На церемонии присутствовали около 30 жителей и депутатов местных кенешей.
`;

/** Another event on the same day, in another rayon (Ton), with the programme's same head of project. */
const tonHearingSameDay = `Public hearing on the budget in Ton district

On Friday, 22 November 2019, residents of Kajy-Sai ayil okmotu in Ton district discussed the draft local budget for 2020 at a public hearing. Ms. Asel Mambetova, head of the Public Service Improvement (PSI) project, explained how residents can follow the spending.

Some 45 residents took part.
`;

const jetiOguzSigningPsiRu = `${jetiOguzSigningRu}
Руководитель проекта Асель Мамбетова поблагодарила участников.
`;

describe('grouping drafts that describe the same event', () => {
  it('groups the same event told in Russian and in English', () => {
    const en = drafted('en-10', fixture('en-10-jeti-oguz-imc-signing'), '2019-11-25');
    const ru = drafted('ru-10', jetiOguzSigningRu, '2019-11-25');
    // The two drafts place it differently (the village in English, the ayil aimak in Russian): one rayon.
    expect(en.draft.event.date).toBe(ru.draft.event.date);
    const groups = groupDrafts([en, ru], gazetteer);
    expect(groups.map((g) => g.keys)).toEqual([['en-10', 'ru-10']]);
    expect(groups[0]!.links[0]!.reason).toBe('SAME_EVENT');
  });

  it('keeps two events of the same day in different rayons apart, though the same person speaks at both', () => {
    const jetiOguz = drafted('jeti-oguz', jetiOguzSigningPsiRu, '2019-11-25');
    const ton = drafted('ton', tonHearingSameDay, '2019-11-25');
    expect(jetiOguz.draft.event.date).toBe(ton.draft.event.date);
    const shared = jetiOguz.draft.people.filter((p) => p.match && ton.draft.people.some((q) => q.match?.id === p.match!.id));
    expect(shared.length).toBeGreaterThan(0);
    expect(keysOf([jetiOguz, ton])).toEqual([['jeti-oguz'], ['ton']]);
  });

  it('groups a reprint under another headline with its original', () => {
    const original = fixture('ru-02-jeti-oguz-training');
    const body = original.slice(original.indexOf('\n'));
    const reprint = `В Иссык-Кульской области учили вести реестр муниципального имущества\n\nИсточник: пресс-служба проекта${body}`;
    const groups = groupDrafts([drafted('original', original, '2021-05-17'), drafted('reprint', reprint, '2021-05-20'), drafted('other', fixture('ru-12-ton-ulakol-hearing'), '2021-04-19')], gazetteer);
    expect(groups.map((g) => g.keys)).toEqual([['original', 'reprint'], ['other']]);
    expect(groups[0]!.links[0]!.reason).toBe('SAME_TEXT');
  });

  it('keeps a template reused for another day apart', () => {
    const original = fixture('ru-02-jeti-oguz-training');
    const nextYear = original.replaceAll('12–14 мая 2021 года', '10–12 мая 2022 года');
    expect(keysOf([drafted('2021', original, '2021-05-17'), drafted('2022', nextYear, '2022-05-17')])).toEqual([['2021'], ['2022']]);
  });

  it('joins groups through a shared member and lists every draft once', () => {
    const en = drafted('en', fixture('en-10-jeti-oguz-imc-signing'), '2019-11-25');
    const ru = drafted('ru', jetiOguzSigningRu, '2019-11-25');
    const ruReprint = drafted('ru-reprint', `Соглашение о мусоре: три айыл окмоту договорились\n${jetiOguzSigningRu.slice(jetiOguzSigningRu.indexOf('\n'))}`, '2019-11-26');
    const groups = groupDrafts([en, ruReprint, ru], gazetteer);
    expect(groups.map((g) => g.keys)).toEqual([['en', 'ru-reprint', 'ru']]);
    expect(groups.flatMap((g) => g.keys)).toHaveLength(3);
  });
});

describe('grouping rules on hand-made drafts', () => {
  const mention = (id: string) => ({ status: 'MATCH' as const, match: { id } });
  const input = (key: string, date: string, place: string, organisations: string[]): GroupingInput => ({
    key,
    text: `release ${key} with words of its own ${key.repeat(3)}`,
    draft: {
      event: { title: key, date, endDate: null, place: null, kind: 'SEMINAR', reportedParticipantCount: null, placeTerritory: { id: place }, programme: null, phase: null },
      organisations: organisations.map((id) => ({ ...mention(id), text: id, start: 0, end: 1, kind: 'OTHER', candidates: [] })),
      people: [],
    },
  });
  // Ten releases of other events, all naming the donor and the implementer.
  const others = Array.from({ length: 10 }, (_, i) => input(`other-${i}`, `2020-01-${String(i + 10).padStart(2, '0')}`, `t-${i}`, ['donor', 'implementer']));

  it('does not count the bodies named in most releases of a batch as evidence of one event', () => {
    const a = input('a', '2020-03-03', 'karakol', ['donor', 'implementer']);
    const b = input('b', '2020-03-03', 'karakol', ['donor', 'implementer']);
    expect(groupDrafts([a, b, ...others]).filter((g) => g.keys.length > 1)).toEqual([]);
  });

  it('does count a body the two releases alone share', () => {
    const a = input('a', '2020-03-03', 'karakol', ['donor', 'implementer', 'karakol-mayor']);
    const b = input('b', '2020-03-03', 'karakol', ['donor', 'karakol-mayor']);
    expect(groupDrafts([a, b, ...others]).filter((g) => g.keys.length > 1).map((g) => g.keys)).toEqual([['a', 'b']]);
  });

  it('without a territory tree, only the same territory agrees', () => {
    const a = input('a', '2020-03-03', 'village', ['mayor']);
    const b = input('b', '2020-03-03', 'rayon', ['mayor']);
    expect(groupDrafts([a, b]).map((g) => g.keys)).toEqual([['a'], ['b']]);
  });
});
