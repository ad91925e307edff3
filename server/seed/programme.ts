import { joinSources, namedProps, type LinkRow, type NodeRow } from './rows.js';

/** The parts of data/reference/sdc-psi-project.json the seed uses. */
export interface SdcProjectFile {
  project: {
    name_en: string;
    name_en_variants: string[];
    name_ru_variants: string[];
    abbreviations: string[];
    sdc_project_number: string;
    phases: {
      phase: number;
      sdc_dates: string;
      sdc_budget_chf: number;
      regions: string[];
      sources: string[];
    }[];
  };
}

export const PROGRAMME_ID = 'psi';

export const phaseId = (number: number) => `${PROGRAMME_ID}-phase-${number}`;

/** "2013-11-01 to 2019-04-30" → start and end as ISO dates (converted with `date()` in Cypher). */
export function parseDateRange(text: string): { startDate: string; endDate: string } {
  const match = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`sdc-psi-project.json: cannot read the date range "${text}"`);
  return { startDate: match[1], endDate: match[2] };
}

/** Abbreviations the file itself flags as unconfirmed, e.g. "ПУУМУ (press usage; not seen in the sources read here)". */
export function confirmedAbbreviations(abbreviations: readonly string[]): string[] {
  return abbreviations.filter((abbreviation) => !/not seen in the sources/i.test(abbreviation));
}

export function programmeRow(file: SdcProjectFile): NodeRow {
  const { project } = file;
  const [nameRu, ...otherRuNames] = project.name_ru_variants;
  if (!nameRu) throw new Error('sdc-psi-project.json: no Russian name');
  return {
    id: PROGRAMME_ID,
    props: {
      ...namedProps({
        nameRu,
        // "Public Service Improvement (PSI) project" → "Public Service Improvement (PSI)"
        nameEn: project.name_en.replace(/ project$/i, ''),
        nameKy: null,
        aliases: [project.name_en, ...project.name_en_variants, ...otherRuNames, ...confirmedAbbreviations(project.abbreviations)],
      }),
      sdcProjectNumber: project.sdc_project_number,
      source: joinSources(...project.phases.flatMap((phase) => phase.sources)),
    },
  };
}

export interface PhaseRow extends NodeRow {
  /** Converted in Cypher: `number`, `budgetChf` to integers, dates with `date()`. */
  number: number;
  budgetChf: number | null;
  startDate: string;
  endDate: string;
}

export function phaseRows(file: SdcProjectFile): PhaseRow[] {
  return file.project.phases.map((phase) => ({
    id: phaseId(phase.phase),
    number: phase.phase,
    budgetChf: phase.sdc_budget_chf ?? null,
    ...parseDateRange(phase.sdc_dates),
    props: {
      ...namedProps({
        nameRu: `Фаза ${phase.phase}`,
        nameEn: `Phase ${phase.phase}`,
        nameKy: null,
        aliases: [`PSI phase ${phase.phase}`, `Фаза ${phase.phase} проекта «Улучшение услуг на местном уровне»`],
      }),
      regions: phase.regions,
      source: joinSources(...phase.sources),
    },
  }));
}

/** `(programme)-[:HAS_PHASE]->(phase)`. */
export function hasPhaseRows(phases: readonly PhaseRow[]): LinkRow[] {
  return phases.map((phase) => ({ fromId: PROGRAMME_ID, toId: phase.id }));
}
