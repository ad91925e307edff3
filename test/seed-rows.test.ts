import { describe, expect, it } from 'vitest';
import { adminUnitFromCsv, parsePcode } from '../server/seed/admin-units.js';
import { parseCsv } from '../server/seed/data-files.js';
import { ayilOkmotuNameRu, oblastAdministrationNameRu, rayonAdministrationNameRu } from '../server/seed/local-government.js';
import { parseConfidence, partnerLinks, phasesNamed } from '../server/seed/partner-municipalities.js';
import { confirmedAbbreviations, parseDateRange } from '../server/seed/programme.js';
import { namedProps } from '../server/seed/rows.js';
import { buildSeedPlan, readSeedInputs } from '../server/seed/seed-plan.js';
import { parseStakeholderFile } from '../server/seed/stakeholder-file.js';

describe('name derivations', () => {
  it('turns a rayon into its state administration', () => {
    expect(rayonAdministrationNameRu('Тонский район')).toBe('Тонская районная государственная администрация');
    expect(rayonAdministrationNameRu('Жети-Огузский район')).toBe('Жети-Огузская районная государственная администрация');
    expect(() => rayonAdministrationNameRu('Район Х')).toThrow(/Cannot derive/);
  });

  it('turns an oblast into its state administration', () => {
    expect(oblastAdministrationNameRu('Иссык-Кульская область')).toBe('Иссык-Кульская областная государственная администрация');
  });

  it('turns an ayil aimak into its ayil okmotu, keeping the capital letter where the type comes first', () => {
    expect(ayilOkmotuNameRu('Джети-Огузский айылный аймак')).toBe('Джети-Огузский айыл окмоту');
    expect(ayilOkmotuNameRu('Айылный аймак Курама')).toBe('Айыл окмоту Курама');
    expect(ayilOkmotuNameRu('Алайский айылный аймак имени К.Белекбаева')).toBe('Алайский айыл окмоту имени К.Белекбаева');
  });

  it('drops aliases repeating a name or each other and builds searchText from all of them', () => {
    const props = namedProps({ nameRu: 'Тонский район', nameEn: 'Ton', nameKy: null, aliases: ['ton', 'Тонский', ' Тонский ', '', null] });
    expect(props.aliases).toEqual(['Тонский']);
    expect(props.searchText).toContain('тонский район');
    expect(props.searchText).toContain('tonskiy');
  });
});

describe('reference file cells', () => {
  it('reads phases only where a phase is named, never from a bare year', () => {
    expect(phasesNamed('phase 2 (2019-2023)')).toEqual([2]);
    expect(phasesNamed('2016 (phase 1)')).toEqual([1]);
    expect(phasesNamed('2024 (phase 3)')).toEqual([3]);
    expect(phasesNamed('phase 1/2 and 2024')).toEqual([1, 2]);
    expect(phasesNamed('phase not stated')).toEqual([]);
    expect(phasesNamed('2024')).toEqual([]);
  });

  it('splits a confidence into an enum and a note', () => {
    expect(parseConfidence('high (name match)')).toEqual({ confidence: 'HIGH', confidenceNote: 'name match' });
    expect(parseConfidence('high')).toEqual({ confidence: 'HIGH', confidenceNote: null });
    expect(parseConfidence('n/a (new unit)')).toEqual({ confidence: null, confidenceNote: 'n/a (new unit)' });
  });

  it('reads SDC date ranges, p-codes and unconfirmed abbreviations', () => {
    expect(parseDateRange('2013-11-01 to 2019-04-30')).toEqual({ startDate: '2013-11-01', endDate: '2019-04-30' });
    expect(() => parseDateRange('2015 to 2019')).toThrow();
    expect(parsePcode('KG02210830000 (derived, unverified)')).toEqual({ code: 'KG02210830000', note: 'derived, unverified' });
    expect(parsePcode('KG02000000000')).toEqual({ code: 'KG02000000000', note: null });
    expect(confirmedAbbreviations(['PSI', 'УУМУ', 'ПУУМУ (press usage; not seen in the sources read here)'])).toEqual(['PSI', 'УУМУ']);
  });
});

describe('partner municipalities', () => {
  const units = readSeedInputs().adminUnits.map(adminUnitFromCsv);
  it('links rows with a SOATE code and a phase, and reports every other row with a reason', () => {
    const csv = parseCsv(
      [
        'soate_code,name_ru,name_en,year_or_phase,match_confidence,source,context',
        '41702215820000,Кум-Бельский айылный аймак,Kum-Bel,phase 2 (2019-2023),high (name match),src-a,ctx',
        '41702420000010,г. Балыкчы,Balykchy,2016 (phase 1),high,src-b,ctx',
        ',Кыдыр-Аке айылный аймак,Kydyr-Ake,2024 (phase 3),n/a (new unit),src-c,ctx',
        '41702220825000,Улаколский айылный аймак,Ulakol,phase not stated,high,src-d,ctx',
        '41702220000000,Тонский район,Ton,phase 1,high,src-e,ctx',
      ].join('\n'),
    );
    const { links, skipped } = partnerLinks(csv, units, [1, 2, 3]);
    expect(links.map((l) => [l.fromId, l.toId])).toEqual([
      ['ao-41702215820000', 'psi-phase-2'],
      ['town-41702420000010', 'psi-phase-1'],
    ]);
    expect(links[0]?.props).toMatchObject({ source: 'src-a', context: 'ctx', confidence: 'HIGH' });
    expect(skipped.map((s) => s.reason)).toEqual([
      'no SOATE code (not in the SOATE snapshot)',
      'no phase named in "phase not stated"',
      'SOATE 41702220000000 is a RAYON, not a municipality',
    ]);
  });
});

describe('the seed plan built from the data files', () => {
  const plan = buildSeedPlan(readSeedInputs());
  const count = <T>(rows: readonly T[], key: (row: T) => unknown) =>
    rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [String(key(row))]: (acc[String(key(row))] ?? 0) + 1 }), {});

  it('has every territory and the bodies governing them', () => {
    expect(count(plan.territories, (t) => t.props.level)).toEqual({ COUNTRY: 1, OBLAST: 7, RAYON: 40, CITY: 31, CITY_DISTRICT: 4, AYIL_AIMAK: 453 });
    expect(count(plan.organisations, (o) => o.props.kind)).toMatchObject({
      AYIL_OKMOTU: 453,
      TOWN_ADMINISTRATION: 31,
      OBLAST_ADMINISTRATION: 7,
      RAYON_ADMINISTRATION: 40,
    });
    expect(plan.governs).toHaveLength(531);
  });

  it('has the seminar with 4 people and 70 organisations', () => {
    expect(plan.participations).toHaveLength(74);
    expect(plan.participations.filter((p) => p.fromId.startsWith('person-'))).toHaveLength(4);
    expect(plan.participations.filter((p) => p.fromId.startsWith('ao-'))).toHaveLength(61);
    expect(plan.participations.filter((p) => p.fromId.startsWith('rayon-admin-'))).toHaveLength(5);
  });

  it('has 8 partner links and skips the 4 rows without a SOATE code or a phase', () => {
    expect(plan.partnerLinks).toHaveLength(8);
    expect(plan.skippedPartnerRows.map((s) => s.name).sort()).toEqual(
      ['Кыдыр-Аке айылный аймак', 'Сакалдинский айылный аймак', 'Улаколский айылный аймак', 'Хан-Тенири айылный аймак'].sort(),
    );
  });
});

describe('stakeholder file validation', () => {
  it('names the fact and field at fault', () => {
    const bad = { people: [{ id: 'p', nameRu: 'X', nameEn: null, nameKy: null, aliases: [] }] };
    expect(() => parseStakeholderFile(bad)).toThrow('psi-stakeholders.json: people[0].source must be a non-empty string');
  });

  it('fails when a participant group does not have the expected size', () => {
    const inputs = readSeedInputs();
    const group = inputs.stakeholders.participations.find((p) => p.participants?.kind === 'AYIL_OKMOTU');
    if (!group?.participants) throw new Error('fixture: no group participation');
    group.participants.expectedCount = 60;
    expect(() => buildSeedPlan(inputs)).toThrow(/expected 60 AYIL_OKMOTU within 41702000000000, the reference data has 61/);
  });

  it('fails when a fact names an id the seed does not create', () => {
    const inputs = readSeedInputs();
    inputs.stakeholders.memberships.push({ organisationId: 'helvetas', consortiumId: 'no-such-consortium', source: 'x' });
    expect(() => buildSeedPlan(inputs)).toThrow(/MEMBER_OF from "helvetas" to "no-such-consortium"/);
  });
});
