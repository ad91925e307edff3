import { describe, expect, it } from 'vitest';
import { participantCount } from '../../server/press/counts.js';
import { eventDates } from '../../server/press/dates.js';
import { draftFromText } from '../../server/press/draft.js';
import { Gazetteer } from '../../server/press/gazetteer.js';
import { kyrgyzBases } from '../../server/press/kyrgyz-endings.js';
import { detectLanguage } from '../../server/press/language.js';
import { nominative } from '../../server/press/people.js';
import { seedGazetteerData } from '../../server/press/seed-gazetteer.js';

/** The engine without a database: the gazetteer built from the seed plan. */
const gazetteer = new Gazetteer(seedGazetteerData());

describe('dates', () => {
  it.each([
    ['12–14 мая 2021 года', null, '2021-05-12', '2021-05-14'],
    ['С 24 по 26 августа', '2022-08-30', '2022-08-24', '2022-08-26'],
    ['From 8 to 10 October 2025', null, '2025-10-08', '2025-10-10'],
    ['2024-жылдын 3–4-октябрында', null, '2024-10-03', '2024-10-04'],
    ['18-июлда', '2022-07-20', '2022-07-18', null],
    ['Вчера, 29 ноября', '2024-11-30', '2024-11-29', null],
    ['26.02.2020', null, '2020-02-26', null],
    ['двухдневный семинар 5 сентября 2019 года', null, '2019-09-05', '2019-09-06'],
  ])('%s', (text, publishedOn, date, endDate) => {
    expect(eventDates(text, publishedOn)).toEqual({ date, endDate });
  });
});

describe('participant counts', () => {
  it.each([
    ['Общее количество участников семинара составило 71 человек', 71],
    ['Более сорока участников', 40],
    ['Около ста двадцати участников', 120],
    ['Twenty-four participants', 24],
    ['40тан ашык катышуучу', 40],
    ['для 400 детей', null],
    ['В семинаре участвовали 30 глав айыл окмоту', 30],
    ['Жети-Өгүз районунун айыл өкмөтүнүн башчысы сүйлөдү', null],
  ])('%s', (text, count) => expect(participantCount(text)).toBe(count));
});

describe('words', () => {
  it('takes Kyrgyz case endings off by the documented table', () => {
    expect(kyrgyzBases('Асылбашта')).toContain('асылбаш');
    expect(kyrgyzBases('облусунун')).toContain('облус');
  });
  it('puts a name met in another case in the nominative', () => {
    expect(nominative('Абдукадыровой Зарины', false)).toBe('Абдукадырова Зарина');
    expect(nominative('Монолдорова Д.Ч.', true)).toBe('Монолдоров Д.Ч.');
  });
  it('tells the language', () => {
    expect(detectLanguage('Жети-Өгүз районунда семинар өттү, ага 34 адам катышты.')).toBe('ky');
    expect(detectLanguage('Семинар прошел в Джети-Огузском районе.')).toBe('ru');
    expect(detectLanguage('A seminar took place in Karakol.')).toBe('en');
  });
});

describe('inflected places reach their units', () => {
  it.each([
    ['Тренинг прошел в Джети-Огузском районе.', '41702210000000'],
    ['Семинар прошел в Жети-Өгүз районунда.', '41702210000000'],
    ['Ысык-Көл облусунун айыл өкмөттөрү катышты.', '41702000000000'],
  ])('%s', (text, id) => {
    expect(draftFromText(text, gazetteer).territories.map((t) => t.match?.id)).toContain(id);
  });
  it('«главы Сузакского айыл окмоту» is the ayil okmotu, not the rayon', () => {
    const draft = draftFromText('Выступила глава Сузакского айыл окмоту Токтосунова Айгуль.', gazetteer);
    expect(draft.organisations).toMatchObject([{ text: 'Сузакского айыл окмоту', kind: 'AYIL_OKMOTU', status: 'MATCH' }]);
    expect(draft.organisations[0]!.match!.id).toMatch(/^ao-/);
    expect(draft.territories).toEqual([]);
    expect(draft.people).toMatchObject([{ name: 'Токтосунова Айгуль', post: 'глава', organisationText: 'Сузакского айыл окмоту', status: 'CREATE' }]);
  });
  it('splits coordinated ayil okmotus', () => {
    const draft = draftFromText('Приняли участие специалисты Ак-Шыйракского и Барскоонского айыл окмоту.', gazetteer);
    expect(draft.organisations.map((o) => [o.text, o.match?.id])).toEqual([
      ['Ак-Шыйракского', 'ao-41702210810000'],
      ['Барскоонского айыл окмоту', 'ao-41702210815000'],
    ]);
  });
});

describe('organisations', () => {
  it('reads a list of ayil okmotus after a colon, and «мэрии» referring back', () => {
    const draft = draftFromText(
      'Соглашения подписали три айыл окмоту Сузакского района: Ленинский, Кегартский и Курманбекский. Мэр г. Балыкчы поблагодарил проект; сотрудники мэрии рассказали о работе.',
      gazetteer,
    );
    const bodies = draft.organisations.map((o) => [o.text, o.kind, o.status]);
    expect(bodies).toEqual(
      expect.arrayContaining([
        ['Ленинский', 'AYIL_OKMOTU', 'MATCH'],
        ['Кегартский', 'AYIL_OKMOTU', 'MATCH'],
        ['Курманбекский', 'AYIL_OKMOTU', 'MATCH'],
        ['мэрии', 'TOWN_ADMINISTRATION', 'MATCH'],
      ]),
    );
    expect(draft.organisations.find((o) => o.text === 'мэрии')!.match).toEqual({ id: 'town-41702420000010' });
  });
  it('offers graph bodies as candidates for one it would create', () => {
    const draft = draftFromText('Выступил представитель Государственного агентства по делам местного самоуправления.', gazetteer);
    const body = draft.organisations.find((o) => o.status === 'CREATE')!;
    expect(body.candidates[0]).toMatchObject({ id: 'gamsumo' });
  });
  it('puts a consortium and its members both in the draft', () => {
    const draft = draftFromText('Проект реализует консорциум ХЕЛВЕТАС и ИПР.', gazetteer);
    expect(draft.organisations.map((o) => [o.text, o.match?.id])).toEqual([
      ['консорциум ХЕЛВЕТАС и ИПР', 'psi-consortium'],
      ['ХЕЛВЕТАС', 'helvetas'],
      ['ИПР', 'dpi'],
    ]);
  });
});
