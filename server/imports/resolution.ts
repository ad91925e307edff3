import { ImportStatus } from './import.type.js';
import type { Message } from './import-messages.js';

/** A person or organisation a row may refer to, with how sure that is and why. */
export interface Scored {
  id: string;
  name: string;
  score: number;
  /** Why, in parts: "same name", "holds a post at …" (worded in the request's language at the end). */
  reason: Message[];
}

/** What a row's person or organisation resolves to (the GraphQL ImportResolution). */
export interface Resolution {
  status: ImportStatus;
  id: string | null;
  name: string | null;
  score: number | null;
  reason: Message[];
  chosen: boolean;
  candidates: Scored[];
}

/** A match is taken at 0.85 or more when the next candidate is at least 0.1 behind; from 0.6 it needs a choice. */
export const matchThreshold = 0.85;
export const candidateThreshold = 0.6;
const margin = 0.1;

export const roundScore = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

/** The best candidate when it is clear, the candidates to choose from when it is not, nothing when none is close. */
export function decide(scored: Scored[]): { match: Scored } | { ambiguous: Scored[] } | null {
  const ranked = scored
    .filter((candidate) => candidate.score >= candidateThreshold)
    .map((candidate) => ({ ...candidate, score: roundScore(candidate.score) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const [top, second] = ranked;
  if (!top) return null;
  if (top.score >= matchThreshold && (!second || second.score <= roundScore(top.score - margin))) return { match: top };
  return { ambiguous: ranked.slice(0, 5) };
}

export function matched(candidate: Scored, candidates: Scored[] = []): Resolution {
  return { status: ImportStatus.MATCH, id: candidate.id, name: candidate.name, score: candidate.score, reason: candidate.reason, chosen: false, candidates };
}

export function ambiguous(candidates: Scored[], reason: Message[]): Resolution {
  return { status: ImportStatus.AMBIGUOUS, id: null, name: null, score: null, reason, chosen: false, candidates };
}

export function toCreate(id: string, name: string, reason: Message[]): Resolution {
  return { status: ImportStatus.CREATE, id, name, score: null, reason, chosen: false, candidates: [] };
}

export function invalid(reason: Message[], candidates: Scored[] = []): Resolution {
  return { status: ImportStatus.INVALID, id: null, name: null, score: null, reason, chosen: false, candidates };
}
