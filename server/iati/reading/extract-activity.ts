import type { XmlElement } from 'libxml2-wasm';
import { attribute, childElements, decimal, firstChild, legacyText, narratives, textOf, xmlLang } from './iati-dom.js';
import type { IatiActivityRecord, IatiBudget, IatiLocation, IatiParticipatingOrg, Narrative } from './iati-record.js';

type DateType = IatiActivityRecord['dates'][number]['type'];
type Role = IatiParticipatingOrg['role'];

/** 1.0x activity-date types (and 2.0x codes) as the 2.0x ActivityDateType codes. */
const dateTypes: Record<string, DateType> = { '1': '1', '2': '2', '3': '3', '4': '4', 'start-planned': '1', 'start-actual': '2', 'end-planned': '3', 'end-actual': '4' };
/** 1.0x role words (and 2.0x codes) as the 2.0x OrganisationRole codes. */
const roles: Record<string, Role> = { '1': '1', '2': '2', '3': '3', '4': '4', funding: '1', accountable: '2', extending: '3', implementing: '4' };

/**
 * One valid <iati-activity> as a plain record. `legacy` is true for 1.0x files, whose texts are the elements' own
 * content with xml:lang instead of <narrative> children, and whose codes are often words.
 */
export function extractActivity(activity: XmlElement, position: number, legacy: boolean): IatiActivityRecord {
  const defaultLanguage = xmlLang(activity);
  const texts = (element: XmlElement | null): Narrative[] => (legacy ? legacyText(element, defaultLanguage) : narratives(element, defaultLanguage));
  /** 1.0x repeats title and description per language; 2.0x has one element with narratives. */
  const allTexts = (name: string): Narrative[] => childElements(activity, name).flatMap((element) => texts(element));
  const defaultCurrency = attribute(activity, 'default-currency');
  const reporting = firstChild(activity, 'reporting-org');

  return {
    position,
    line: activity.line || null,
    identifier: textOf(firstChild(activity, 'iati-identifier')!),
    lastUpdated: attribute(activity, 'last-updated-datetime'),
    defaultLanguage,
    hierarchy: Number(attribute(activity, 'hierarchy') ?? 1) || 1,
    reportingOrg: reporting ? { ref: attribute(reporting, 'ref'), type: attribute(reporting, 'type'), names: texts(reporting) } : null,
    titles: allTexts('title'),
    descriptions: childElements(activity, 'description').map((description) => ({ type: attribute(description, 'type'), narratives: texts(description) })),
    status: activityStatus(firstChild(activity, 'activity-status')),
    dates: childElements(activity, 'activity-date').flatMap((date) => {
      const type = dateTypes[(attribute(date, 'type') ?? '').toLowerCase()];
      const isoDate = attribute(date, 'iso-date');
      return type && isoDate ? [{ type, isoDate }] : [];
    }),
    participatingOrgs: childElements(activity, 'participating-org').flatMap((org) => {
      const role = roles[(attribute(org, 'role') ?? '').toLowerCase()];
      return role ? [{ role, ref: attribute(org, 'ref'), type: attribute(org, 'type'), activityId: attribute(org, 'activity-id'), names: texts(org) }] : [];
    }),
    recipientCountries: childElements(activity, 'recipient-country').flatMap((country) => {
      const code = attribute(country, 'code');
      return code ? [{ code: code.toUpperCase(), percentage: decimal(attribute(country, 'percentage')) }] : [];
    }),
    recipientRegions: childElements(activity, 'recipient-region').flatMap((region) => {
      const code = attribute(region, 'code');
      return code ? [{ code, vocabulary: attribute(region, 'vocabulary'), names: texts(region) }] : [];
    }),
    locations: childElements(activity, 'location').map((location) => extractLocation(location, texts)),
    sectors: childElements(activity, 'sector').flatMap((sector) => {
      const code = attribute(sector, 'code');
      return code ? [{ vocabulary: attribute(sector, 'vocabulary'), code, percentage: decimal(attribute(sector, 'percentage')), names: texts(sector) }] : [];
    }),
    budgets: childElements(activity, 'budget').flatMap((budget) => extractBudget(budget, defaultCurrency)),
    relatedActivities: childElements(activity, 'related-activity').flatMap((related) => {
      const type = attribute(related, 'type');
      const ref = attribute(related, 'ref');
      return type && ref ? [{ type, ref }] : [];
    }),
  };
}

/** 2.0x gives @code; 1.0x often only the status word as text (Implementation, Completion, …). */
function activityStatus(status: XmlElement | null): string | null {
  if (!status) return null;
  const code = attribute(status, 'code');
  if (code) return code;
  const words: Record<string, string> = { pipeline: '1', 'pipeline/identification': '1', implementation: '2', completion: '3', 'post-completion': '4', finalisation: '4', cancelled: '5', suspended: '6' };
  return words[textOf(status).toLowerCase()] ?? null;
}

function extractLocation(location: XmlElement, texts: (element: XmlElement | null) => Narrative[]): IatiLocation {
  const position = firstChild(firstChild(location, 'point') ?? location, 'pos');
  const coordinates = position ? textOf(position).split(/\s+/).map(Number) : [];
  // 1.0x: <coordinates latitude=… longitude=…/>.
  const legacyCoordinates = firstChild(location, 'coordinates');
  const lat = coordinates.length === 2 ? coordinates[0]! : decimal(legacyCoordinates ? attribute(legacyCoordinates, 'latitude') : null);
  const lon = coordinates.length === 2 ? coordinates[1]! : decimal(legacyCoordinates ? attribute(legacyCoordinates, 'longitude') : null);
  return {
    ref: attribute(location, 'ref'),
    names: texts(firstChild(location, 'name')),
    administrative: childElements(location, 'administrative').flatMap((administrative) => {
      // 1.0x: <administrative country="KG" adm1="…" adm2="…">name</administrative> has no code attribute.
      const code = attribute(administrative, 'code');
      return code ? [{ vocabulary: attribute(administrative, 'vocabulary'), level: attribute(administrative, 'level'), code }] : [];
    }),
    point: lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null,
  };
}

function extractBudget(budget: XmlElement, defaultCurrency: string | null): IatiBudget[] {
  const start = firstChild(budget, 'period-start');
  const end = firstChild(budget, 'period-end');
  const value = firstChild(budget, 'value');
  const amount = value ? decimal(textOf(value)) : null;
  const periodStart = start ? attribute(start, 'iso-date') : null;
  const periodEnd = end ? attribute(end, 'iso-date') : null;
  if (!value || amount === null || !periodStart || !periodEnd) return [];
  return [
    {
      type: attribute(budget, 'type'),
      status: attribute(budget, 'status'),
      periodStart,
      periodEnd,
      value: amount,
      currency: attribute(value, 'currency') ?? defaultCurrency,
      valueDate: attribute(value, 'value-date'),
    },
  ];
}
