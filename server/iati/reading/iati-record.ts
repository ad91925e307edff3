export interface Narrative { lang: string | null; text: string }          // lang: xml:lang or the activity's default, lower case
export interface IatiProblem { line: number | null; path: string; message: string }  // path like /iati-activities/iati-activity[3]/budget[1]/value
export interface IatiOrgRef { ref: string | null; type: string | null; names: Narrative[] }
export interface IatiParticipatingOrg extends IatiOrgRef { role: '1' | '2' | '3' | '4'; activityId: string | null }  // 1 Funding, 2 Accountable, 3 Extending, 4 Implementing (1.0x words mapped to these codes)
export interface IatiLocation { ref: string | null; names: Narrative[]; administrative: { vocabulary: string | null; level: string | null; code: string }[]; point: { lat: number; lon: number } | null }
export interface IatiBudget { type: string | null; status: string | null; periodStart: string; periodEnd: string; value: number; currency: string | null; valueDate: string | null }  // currency falls back to the activity's default-currency
export interface IatiActivityRecord {
  position: number;                 // 1-based position among the file's activities
  line: number | null;              // line of <iati-activity>
  identifier: string;
  lastUpdated: string | null;       // last-updated-datetime as written
  defaultLanguage: string | null;
  hierarchy: number;                // 1 when absent
  reportingOrg: IatiOrgRef | null;
  titles: Narrative[];
  descriptions: { type: string | null; narratives: Narrative[] }[];
  status: string | null;            // ActivityStatus code, '1'..'6'
  dates: { type: '1' | '2' | '3' | '4'; isoDate: string }[];  // 1 planned start, 2 actual start, 3 planned end, 4 actual end (1.0x start-planned etc. mapped)
  participatingOrgs: IatiParticipatingOrg[];
  recipientCountries: { code: string; percentage: number | null }[];
  recipientRegions: { code: string; vocabulary: string | null; names: Narrative[] }[];
  locations: IatiLocation[];
  sectors: { vocabulary: string | null; code: string; percentage: number | null; names: Narrative[] }[];
  budgets: IatiBudget[];
  relatedActivities: { type: string; ref: string }[];   // type 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party
}
export interface IatiFileReading {
  declaredVersion: string | null;   // iati-activities/@version
  schemaVersion: string;            // the shipped schema it was checked against
  generatedAt: string | null;
  fileProblems: IatiProblem[];      // problems outside any activity (root attributes, …)
  activities: IatiActivityRecord[]; // the valid activities only
  invalidActivities: { position: number; line: number | null; identifier: string | null; problems: IatiProblem[] }[];
}
