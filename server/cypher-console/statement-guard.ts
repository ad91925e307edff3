/**
 * First line of defence for analyst-written Cypher, before anything reaches Neo4j. The query runs in a
 * READ transaction (Neo4j refuses writes there) and its EXPLAIN plan is inspected too (plan-inspection.ts);
 * this check refuses what a read transaction would still allow: reading files or URLs (LOAD CSV), switching
 * database (USE), administration and monitoring commands (SHOW, TERMINATE, GRANT…), and batching clauses.
 * String literals, quoted names and comments are blanked first so words inside them do not count, and a
 * keyword used as a property or map key (`n.show`, `{use: 1}`) is not one.
 */
const refusedClauses: [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/, 'LOAD CSV (reading files or URLs) is not allowed'],
  [/(?<![.\w$])USE\b(?!\s*:)/, 'USE (switching database) is not allowed'],
  [/(?<![.\w$])(SHOW|TERMINATE)\b(?!\s*:)/, 'SHOW and TERMINATE commands are not allowed'],
  [/(?<![.\w$])(GRANT|DENY|REVOKE|ALTER|RENAME)\b(?!\s*:)/, 'administration commands are not allowed'],
  [/(?<![.\w$])(START|STOP)\s+DATABASE\b/, 'administration commands are not allowed'],
  [/\bIN\s+(\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/, 'CALL … IN TRANSACTIONS is not allowed'],
  [/(?<![.\w$])PERIODIC\s+COMMIT\b/, 'PERIODIC COMMIT is not allowed'],
];

/** The query with string literals, backtick names and comments replaced by spaces (same length). */
export function blankLiteralsAndComments(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (match) => ' '.repeat(match.length));
}

/** Why the query is refused, or null when it may go on to Neo4j. */
export function statementRefusal(query: string): string | null {
  const code = blankLiteralsAndComments(query).toUpperCase();
  if (code.trim() === '') return 'the query is empty';
  const semicolon = code.indexOf(';');
  if (semicolon !== -1 && code.slice(semicolon + 1).trim() !== '') return 'only one statement can run at a time';
  for (const [pattern, reason] of refusedClauses) if (pattern.test(code)) return reason;
  return null;
}
