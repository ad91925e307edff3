import { blankLiteralsAndComments } from './statement-guard.js';

/**
 * Refuses analyst Cypher nested so deeply that Neo4j's parser, not the query, runs away. Measured on Neo4j 5.26
 * (test/security/console-hostile-text.test.ts): `RETURN ((((…1))))` 500 brackets deep and `RETURN NOT NOT … true`
 * 5,000 times keep a database thread busy for minutes, past the transaction time limit (which only stops a
 * running query, not its parsing), and the connection comes back broken. 300 brackets or 200 NOTs plan in a
 * second or two; no real query comes near the caps below. Long flat chains (`1+1+…`) are stopped by the time
 * limit like any slow query, so they are left to it.
 *
 * Hand-written: a bracket counter over the text with strings and comments blanked, like statement-guard.ts.
 */
export const maxNestingDepth = 100;
/** Most prefix operators in a row: NOT NOT …, - - …, + + … */
export const maxPrefixOperators = 50;

/** Deepest nesting of (), [] and {} in code whose literals and comments are blanked. */
function nestingDepth(code: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, (depth += 1));
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Longest run of prefix operators, brackets between them allowed (`NOT (NOT (…`). */
function longestPrefixChain(code: string): number {
  let longest = 0;
  for (const match of code.matchAll(/(?:(?<![\w$.])NOT(?![\w$])|[-+])(?:[\s(]*(?:(?<![\w$.])NOT(?![\w$])|[-+]))*/gi)) {
    const operators = match[0].match(/NOT|[-+]/gi)?.length ?? 0;
    longest = Math.max(longest, operators);
  }
  return longest;
}

/** Why the query is refused for its nesting, or null. */
export function nestingRefusal(query: string): string | null {
  const code = blankLiteralsAndComments(query);
  const depth = nestingDepth(code);
  if (depth > maxNestingDepth) {
    return `brackets are nested ${depth} deep; at most ${maxNestingDepth} levels are accepted, because deeper nesting can keep the database busy parsing past the time limit`;
  }
  const chain = longestPrefixChain(code);
  if (chain > maxPrefixOperators) {
    return `${chain} operators (NOT, - or +) follow one another; at most ${maxPrefixOperators} are accepted, because a longer chain can keep the database busy parsing past the time limit`;
  }
  return null;
}
