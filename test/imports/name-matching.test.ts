import { describe, expect, it } from 'vitest';
import { municipalityCore, regionCore } from '../../server/imports/name-keys.js';
import { OrganisationMatcher, splitRegions, type OrganisationRecord } from '../../server/imports/organisation-matcher.js';
import { compareNames, nameVariants, parsePersonName } from '../../server/imports/person-names.js';
import { postKind } from '../../server/imports/post-kind.js';

const compare = (a: string, b: string) => compareNames(parsePersonName(a), parsePersonName(b));

describe('matching names of people', () => {
  it('matches surname-first, initials, Cyrillic and Latin spellings, Kyrgyz letters and patronymics', () => {
    expect(compare('Мамбетова А.', 'Асель Мамбетова')).toEqual({ score: 0.85, reason: 'SAME_SURNAME_INITIAL' });
    expect(compare('Kubatov Askat', 'Аскат Кубатов')).toEqual({ score: 1, reason: 'SAME_NAME_OTHER_ORDER' });
    expect(compare('МАМБЕТОВА Асель Токтогуловна', 'Asel Mambetova')).toEqual({ score: 1, reason: 'SAME_NAME_OTHER_ORDER' });
    expect(compare('Өмүрбекова Жылдыз', 'Омурбекова Жылдыз')).toEqual({ score: 1, reason: 'SAME_NAME' });
    expect(compare('Жумабеков Нурлан', 'Dzhumabekov Nurlan')).toEqual({ score: 1, reason: 'SAME_NAME' });
    expect(compare('Нурлан Бакыт уулу', 'Бакыт уулу Нурлан')).toEqual({ score: 1, reason: 'SAME_NAME_OTHER_ORDER' });
    expect(compare('Монолдоров Д.Ч.', 'Д. Ч. Монолдоров')).toEqual({ score: 0.9, reason: 'SAME_SURNAME_INITIALS' });
  });

  it('never matches different people on a spelling difference alone', () => {
    expect(compare('Асанов Б.', 'Асанова Бактыгүл')).toBeNull(); // a man and a woman
    expect(compare('Маматов Айбек', 'Мамытов Айбек')).toEqual({ score: 0.76, reason: 'SIMILAR_NAME' }); // a candidate, below 0.85
    expect(compare('Асанов Азамат', 'Асанов Айбек')).toBeNull();
  });

  it('cleans what it stores, keeping the letters as written, and keeps other word orders as aliases', () => {
    const name = parsePersonName('  "ЖУМАБЕКОВ  нурлан Асанович;" ');
    expect(name).toEqual({ display: 'ЖУМАБЕКОВ нурлан Асанович', words: ['jumabekov', 'nurlan'], initials: [], patronymic: 'asanovich' });
    expect(nameVariants(name)).toEqual(['ЖУМАБЕКОВ нурлан', 'нурлан ЖУМАБЕКОВ', 'ЖУМАБЕКОВ н.', 'ЖУМАБЕКОВ н.А.']);
    expect(nameVariants(parsePersonName('Асель Мамбетова'))).toEqual(['Мамбетова Асель', 'Мамбетова А.']);
  });
});

describe('matching organisations', () => {
  it('reads ayil okmotu name variants and rayons', () => {
    for (const text of ['Сузакский АО', 'Сузак айыл окмоту', 'Suzak AA', 'Айыл өкмөтү Сузак', 'Сузакский а/о']) expect(municipalityCore(text).core, text).toBe('suzak');
    expect(municipalityCore('Мэрия г. Каракол')).toEqual({ core: 'karakol', hint: 'TOWN_ADMINISTRATION' });
    for (const text of ['Тюпский район', 'Тюп р-н', 'Tup', 'Түп району']) expect(regionCore(text), text).toBe('tup');
    expect(splitRegions('Ак-Булун, Тюпский р-н', true)).toEqual({ place: 'Ак-Булун', rayon: 'Тюпский р-н', oblast: null });
    expect(splitRegions('Kurmanbek AA / Suzak', true)).toEqual({ place: 'Kurmanbek AA', rayon: 'Suzak', oblast: null });
    expect(splitRegions('Курманбекский а/о (Сузакский район)', true)).toEqual({ place: 'Курманбекский а/о', rayon: 'Сузакский район', oblast: null });
  });

  it('tells the two Ak-Bulun of Issyk-Kul apart by rayon', () => {
    const rayon = (id: string, nameRu: string, nameEn: string) => ({ id, nameRu, nameEn, nameKy: null, aliases: [] });
    const akBulun = (id: string, r: ReturnType<typeof rayon>): OrganisationRecord => ({
      id, kind: 'AYIL_OKMOTU', nameRu: 'Ак-Булунский айыл окмоту', nameEn: 'Ak-Bulun ayil okmotu', nameKy: null,
      aliases: ['Ак-Булун АО', 'Ak-Bulun AA'], rayon: r, oblast: null,
    });
    const matcher = new OrganisationMatcher([
      akBulun('ao-41702205805000', rayon('41702205000000', 'Ак-Суйский район', 'Ak-Suu')),
      akBulun('ao-41702225873000', rayon('41702225000000', 'Тюпский район', 'Tup')),
    ]);
    const ids = (found: ReturnType<OrganisationMatcher['match']>) => found?.scored.map((c) => [c.id, Math.round(c.score * 100) / 100]);
    expect(ids(matcher.match({ organisation: null, municipality: 'Ак-Булун', rayon: 'Тюпский р-н', oblast: null }))).toEqual([['ao-41702205805000', 0.65], ['ao-41702225873000', 1]]);
    expect(ids(matcher.match({ organisation: null, municipality: 'Ak-Bulun AA / Ak-Suu', rayon: null, oblast: null }))).toEqual([['ao-41702205805000', 1], ['ao-41702225873000', 0.7]]);
    expect(ids(matcher.match({ organisation: null, municipality: 'Ак-Булун', rayon: null, oblast: null }))).toEqual([['ao-41702205805000', 0.95], ['ao-41702225873000', 0.95]]);
    expect(matcher.match({ organisation: 'Айыл окмоту', municipality: null, rayon: null, oblast: null })).toBeNull();
  });

  it('reads the kind of a post from its title', () => {
    expect(['Глава айыл окмоту', 'Заместитель главы АО', 'Ответственный секретарь', 'Депутат айылного кенеша', 'Head of ayil okmotu', 'Deputy head', 'Эксперт'].map(postKind)).toEqual([
      'HEAD', 'DEPUTY_HEAD', 'STAFF', 'OTHER', 'HEAD', 'DEPUTY_HEAD', 'STAFF',
    ]);
  });
});
