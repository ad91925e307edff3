import { OrganisationKind } from '../organisations/organisation.type.js';

/**
 * Legal forms and kinds of body that sheets write before or after an organisation's name: «ОО «Ак-Ниет»»,
 * «ОсОО Бизнес-Консалт», «Ассоциация МСУ», «Тамгинский айылный кенеш», «СОШ №3», «ЦСМ Тюп». They are kept in
 * the stored name as written; they only tell the import that the text is not an ayil okmotu (ОО is not АО) and
 * which kind to guess for an organisation the graph lacks. Hand-written: no kept library knows Kyrgyz legal forms.
 *
 * Each family has its OrganisationKind: schools, health facilities and state or municipal enterprises are all
 * PUBLIC_INSTITUTION (they serve the public and exercise no state authority, unlike a GOVERNMENT_AGENCY);
 * UN agencies, the OSCE and development banks are INTERNATIONAL_ORGANISATION, while a donor government's own
 * agency (USAID, GIZ, SDC, JICA) stays DONOR_AGENCY. The editor can choose another kind in the dry run.
 */
export type LegalFormFamily = 'GOVERNMENT' | 'NGO' | 'BUSINESS' | 'STATE_ENTERPRISE' | 'INTERNATIONAL' | 'DONOR_AGENCY' | 'SCHOOL' | 'HEALTH' | 'LOCAL_COUNCIL';

export interface LegalForm {
  /** The form as the sheet writes it: "ОО", "ассоциация", "айылный кенеш". */
  form: string;
  family: LegalFormFamily;
  kind: OrganisationKind;
}

const kindOf: Record<LegalFormFamily, OrganisationKind> = {
  GOVERNMENT: OrganisationKind.GOVERNMENT_AGENCY,
  NGO: OrganisationKind.NGO,
  BUSINESS: OrganisationKind.BUSINESS,
  STATE_ENTERPRISE: OrganisationKind.PUBLIC_INSTITUTION,
  INTERNATIONAL: OrganisationKind.INTERNATIONAL_ORGANISATION,
  DONOR_AGENCY: OrganisationKind.DONOR_AGENCY,
  SCHOOL: OrganisationKind.PUBLIC_INSTITUTION,
  HEALTH: OrganisationKind.PUBLIC_INSTITUTION,
  LOCAL_COUNCIL: OrganisationKind.LOCAL_COUNCIL,
};

/** Abbreviations: whole words, written in capitals as the forms are ("ОсОО" as written), never lower-case words ("оо!"). */
const abbreviations: [string[], LegalFormFamily][] = [
  [['ОО', 'ОФ', 'НКО', 'НПО', 'ОЮЛ', 'МФ'], 'NGO'],
  [['ОсОО', 'ОСОО', 'ОАО', 'ЗАО', 'АООТ', 'ЖЧК', 'LLC', 'JSC', 'LLP'], 'BUSINESS'],
  [['ГП', 'МП', 'ГКП', 'МКП'], 'STATE_ENTERPRISE'],
  [['NGO'], 'NGO'],
  [['СОШ', 'ООШ', 'НОШ', 'ДОУ'], 'SCHOOL'],
  [['ЦСМ', 'ГСВ', 'ФАП', 'ЦОВП', 'ЦРБ', 'ФМЦ'], 'HEALTH'],
  [['ПРООН', 'UNDP', 'UNICEF', 'ЮНИСЕФ', 'ОБСЕ', 'OSCE', 'ООН', 'ADB', 'АБР', 'UN', 'FAO', 'ФАО', 'WFP', 'UNFPA', 'ЮНФПА', 'UNESCO', 'ЮНЕСКО'], 'INTERNATIONAL'],
  // Donor governments' own agencies; HELVETAS is a Swiss NGO.
  [['USAID', 'GIZ', 'ГИЗ', 'JICA', 'ДЖАЙКА', 'SDC', 'ШАРС', 'KfW', 'KOICA', 'КОЙКА', 'TIKA', 'ТИКА'], 'DONOR_AGENCY'],
  [['HELVETAS', 'ХЕЛВЕТАС'], 'NGO'],
];

/**
 * Words and phrases, any case, with the Russian and Kyrgyz endings a stem takes (E): only those, so that
 * surnames and given names built on the same stems (Школьников, Кеңешбек, Союзов) are not taken for forms.
 */
const E = '(?:а|я|ы|и|е|у|ю|ой|ей|ом|ем|ам|ям|ами|ях|ах|ого|его|ому|ый|ий|ая|ое|ие|ые|ых|ую|сы|су|нын|нин|тин|дын|дин|ун|ин)?';
// A council word alone is not enough: «Кенеш» is also the name of ayil aimaks («Кенеш АО», Ала-Букинский район).
const phrases: [RegExp, LegalFormFamily][] = [
  [new RegExp(`(?:^|[^\\p{L}])(айылн(?:ый|ого|ому|ом)\\s+кенеш${E}|айылдык\\s+кеңеш${E}|айылдык\\s+кенеш${E}|местн(?:ый|ого)\\s+кенеш${E}|шаардык\\s+кеңеш${E}|городск(?:ой|ого)\\s+кенеш${E}|районн(?:ый|ого|ом)\\s+кенеш${E}|райондук\\s+кеңеш${E}|областн(?:ой|ого|ом)\\s+кенеш${E}|облустук\\s+кеңеш${E}|local council|village council|city council)(?=$|[^\\p{L}])`, 'iu'), 'LOCAL_COUNCIL'],
  [new RegExp(`(?:^|[^\\p{L}])(международн${E}|эл\\s+аралык|international|(?:the\\s+)?united nations|всемирн${E} банк${E}|world bank|азиатск${E} банк${E} развития)(?=$|[^\\p{L}])`, 'iu'), 'INTERNATIONAL'],
  [new RegExp(`(?:^|[^\\p{L}])(общественн(?:ое|ого)\\s+объединени${E}|общественн(?:ый|ого)\\s+фонд${E}|коомдук\\s+бирикме${E}|коомдук\\s+фонд${E}|некоммерческ${E}|ассоциаци${E}|ассоциаци|фонд${E}|союз${E}|бирикме${E}|кошуун${E}|association|foundation|fund|union|public association|public foundation|non-?governmental|ngo)(?=$|[^\\p{L}])`, 'iu'), 'NGO'],
  [new RegExp(`(?:^|[^\\p{L}])(общество с ограниченной ответственностью|акционерное общество|жоопкерчилиги чектелген коом|компани${E}|company|ltd|limited)(?=$|[^\\p{L}])`, 'iu'), 'BUSINESS'],
  [new RegExp(`(?:^|[^\\p{L}])(государственное предприятие|муниципальное предприятие|мамлекеттик ишкана${E}|муниципалдык ишкана${E})(?=$|[^\\p{L}])`, 'iu'), 'STATE_ENTERPRISE'],
  [new RegExp(`(?:^|[^\\p{L}])(школ${E}|гимнази${E}|лице(?:й|я|ю|е|ем)|мектеп${E}|детский сад|бала бакча${E}|колледж${E}|университет${E}|school|gymnasium|lyceum|college|university)(?=$|[^\\p{L}])`, 'iu'), 'SCHOOL'],
  [new RegExp(`(?:^|[^\\p{L}])(министерств\\p{L}*|министрлиг\\p{L}*|государственн(?:ое|ого)\\s+агентств\\p{L}*|государственн(?:ая|ой)\\s+(?:служб|инспекци)\\p{L}*|мамлекеттик\\s+(?:агенттиг|агенттик|кызмат|инспекция)\\p{L}*|ministry|state agency|state service|inspectorate)(?=$|[^\\p{L}])`, 'iu'), 'GOVERNMENT'],
  [new RegExp(`(?:^|[^\\p{L}])(больниц${E}|поликлиник${E}|фельдшерско${E}|центр семейной медицины|группа семейных врачей|оорукана${E}|hospital|clinic|health cent(?:er|re)|feldsher)(?=$|[^\\p{L}])`, 'iu'), 'HEALTH'],
];

const abbreviationPattern = new RegExp(
  `(?:^|[^\\p{L}])(${abbreviations.flatMap(([forms]) => forms).sort((a, b) => b.length - a.length).join('|')})(?=$|[^\\p{L}])`,
  'u',
);
const familyOfAbbreviation = new Map(abbreviations.flatMap(([forms, family]) => forms.map((form) => [form, family] as const)));

/**
 * «АО «Нарынгидроэнергострой»»: АО before a quoted name is a joint-stock company (акционерное общество); an ayil
 * okmotu's «АО» follows its place name unquoted («Тамга АО», «АО Тамга»).
 */
const jointStockCompany = /(?:^|[^\p{L}])(АО)\s*[«"“„]/u;

/** The legal form or kind of body a text names, or null (ayil okmotus, town halls and plain names have none). */
export function legalFormOf(text: string): LegalForm | null {
  const jointStock = jointStockCompany.exec(text)?.[1];
  if (jointStock) return { form: jointStock, family: 'BUSINESS', kind: kindOf.BUSINESS };
  const abbreviation = abbreviationPattern.exec(text)?.[1];
  if (abbreviation) {
    const family = familyOfAbbreviation.get(abbreviation)!;
    return { form: abbreviation, family, kind: kindOf[family] };
  }
  for (const [pattern, family] of phrases) {
    const found = pattern.exec(text)?.[1];
    if (found) return { form: found, family, kind: kindOf[family] };
  }
  return null;
}
