/**
 * What reading an IATI activity file gives (the reader contract of issue 14, consumed by the IATI import's mapping).
 * Plain data only: it crosses from the reading worker to the main thread as it is.
 */

/** A text in one language; `lang` is the narrative's xml:lang or the activity's default, lower case. */
export interface Narrative {
  lang: string | null;
  text: string;
}

/** A problem found while validating: `path` like /iati-activities/iati-activity[3]/budget[1]/value. */
export interface IatiProblem {
  line: number | null;
  path: string;
  /** libxml2's wording (English). */
  message: string;
  /** The same problem worded in Russian where the kind is a common one, else libxml2's wording again. */
  messageRu: string;
}

export interface IatiOrgRef {
  ref: string | null;
  type: string | null;
  names: Narrative[];
}

/** Role codes: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing (1.0x role words are mapped to these codes). */
export interface IatiParticipatingOrg extends IatiOrgRef {
  role: '1' | '2' | '3' | '4';
  activityId: string | null;
}

export interface IatiLocation {
  ref: string | null;
  names: Narrative[];
  administrative: { vocabulary: string | null; level: string | null; code: string }[];
  point: { lat: number; lon: number } | null;
}

/** `currency` falls back to the activity's default-currency. */
export interface IatiBudget {
  type: string | null;
  status: string | null;
  periodStart: string;
  periodEnd: string;
  value: number;
  currency: string | null;
  valueDate: string | null;
}

export interface IatiActivityRecord {
  /** 1-based position among the file's activities. */
  position: number;
  /** Line of <iati-activity>. */
  line: number | null;
  identifier: string;
  /** last-updated-datetime as written. */
  lastUpdated: string | null;
  defaultLanguage: string | null;
  /** 1 when absent. */
  hierarchy: number;
  reportingOrg: IatiOrgRef | null;
  titles: Narrative[];
  descriptions: { type: string | null; narratives: Narrative[] }[];
  /** ActivityStatus code, '1'..'6'. */
  status: string | null;
  /** 1 planned start, 2 actual start, 3 planned end, 4 actual end (1.0x start-planned etc. mapped). */
  dates: { type: '1' | '2' | '3' | '4'; isoDate: string }[];
  participatingOrgs: IatiParticipatingOrg[];
  recipientCountries: { code: string; percentage: number | null }[];
  recipientRegions: { code: string; vocabulary: string | null; names: Narrative[] }[];
  locations: IatiLocation[];
  sectors: { vocabulary: string | null; code: string; percentage: number | null; names: Narrative[] }[];
  budgets: IatiBudget[];
  /** type 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party. */
  relatedActivities: { type: string; ref: string }[];
}

export interface IatiInvalidActivity {
  position: number;
  line: number | null;
  identifier: string | null;
  problems: IatiProblem[];
}

export interface IatiFileReading {
  /** iati-activities/@version. */
  declaredVersion: string | null;
  /** The shipped schema it was checked against ('2.03'), or 'none' when no schema of its line is shipped (1.0x). */
  schemaVersion: string;
  generatedAt: string | null;
  /** Problems outside any activity (root attributes, …). */
  fileProblems: IatiProblem[];
  /** The valid activities only. */
  activities: IatiActivityRecord[];
  invalidActivities: IatiInvalidActivity[];
}
