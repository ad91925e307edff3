import type { AdminUnit } from './admin-units.js';
import { orNull } from './data-files.js';
import { phaseId } from './programme.js';
import type { LinkRow } from './rows.js';

/** A row of kg-psi-municipalities-mentioned.csv that could not become a PARTNER_IN link. */
export interface SkippedPartnerRow {
  name: string;
  soate: string | null;
  yearOrPhase: string;
  reason: string;
}

export interface PartnerLinks {
  links: LinkRow[];
  skipped: SkippedPartnerRow[];
}

/**
 * Phase numbers named in a `year_or_phase` cell: "phase 2 (2019-2023)" → [2], "2016 (phase 1)" → [1],
 * "phase 1/2 and 2024" → [1, 2], "phase not stated" → []. Bare years are never mapped to phases:
 * phases overlap calendar years and a sourced statement is required.
 */
export function phasesNamed(text: string): number[] {
  const phases = new Set<number>();
  for (const match of text.matchAll(/\bphase\s+(\d+(?:\s*\/\s*\d+)*)\b/gi)) {
    for (const number of (match[1] ?? '').split('/')) phases.add(Number(number.trim()));
  }
  return [...phases].sort((a, b) => a - b);
}

/** "high (name match)" → HIGH + "name match"; anything else keeps its text as the note. */
export function parseConfidence(text: string | null): { confidence: string | null; confidenceNote: string | null } {
  if (!text) return { confidence: null, confidenceNote: null };
  const match = /^(high|medium|low)\b\s*(?:\((.*)\))?\s*$/i.exec(text);
  if (!match?.[1]) return { confidence: null, confidenceNote: text };
  return { confidence: match[1].toUpperCase(), confidenceNote: match[2]?.trim() || null };
}

/** The municipality (organisation) governing a unit: ayil okmotu or town administration. */
export function municipalityIdFor(unit: AdminUnit): string | null {
  if (unit.level === 'AYIL_AIMAK') return `ao-${unit.soate}`;
  if (unit.level === 'CITY') return `town-${unit.soate}`;
  return null;
}

/** `(municipality)-[:PARTNER_IN {source, context, confidence}]->(phase)` for each row naming a SOATE code and a phase. */
export function partnerLinks(
  csvRows: readonly Record<string, string>[],
  units: readonly AdminUnit[],
  knownPhases: readonly number[],
): PartnerLinks {
  const unitsBySoate = new Map(units.map((unit) => [unit.soate, unit]));
  const links: LinkRow[] = [];
  const skipped: SkippedPartnerRow[] = [];
  for (const row of csvRows) {
    const soate = orNull(row.soate_code);
    const yearOrPhase = row.year_or_phase ?? '';
    const skip = (reason: string) => skipped.push({ name: row.name_ru || row.name_en || '?', soate, yearOrPhase, reason });
    if (!soate) {
      skip('no SOATE code (not in the SOATE snapshot)');
      continue;
    }
    const unit = unitsBySoate.get(soate);
    const municipalityId = unit && municipalityIdFor(unit);
    if (!unit) {
      skip(`SOATE ${soate} is not in kg-admin-units.csv`);
      continue;
    }
    if (!municipalityId) {
      skip(`SOATE ${soate} is a ${unit.level}, not a municipality`);
      continue;
    }
    const phases = phasesNamed(yearOrPhase);
    if (phases.length === 0) {
      skip(`no phase named in "${yearOrPhase}"`);
      continue;
    }
    for (const phase of phases) {
      if (!knownPhases.includes(phase)) {
        skip(`phase ${phase} is not a phase of the programme`);
        continue;
      }
      links.push({
        fromId: municipalityId,
        toId: phaseId(phase),
        props: {
          source: orNull(row.source),
          context: orNull(row.context),
          ...parseConfidence(orNull(row.match_confidence)),
          yearOrPhase,
        },
      });
    }
  }
  return { links, skipped };
}
