/**
 * Finds English words in text a Russian reader sees. Allowed: proper names of the data and the product, codes
 * and abbreviations (all capitals, or with digits), units and file formats, and what a reader types or copies
 * (sign-in links, commands, Cypher).
 */
const ALLOWED = new Set([
  'Aimak', 'Graph', 'Neo4j', 'Cypher', 'Enter', 'Esc', 'Ctrl', 'Tab', 'Shift', 'Alt',
  'token', 'npm', 'run', 'editor', 'analyst', 'viewer', 'admin', 'h', // the sign-in commands a reader copies
  'Helvetas', 'Swiss', 'Intercooperation', 'Development', 'Policy', 'Institute', 'Public', 'Service', 'Improvement',
  'BY-IGO', // the boundaries' licence (CC BY-IGO)
  'https', 'http', 'www', 'csv', 'xlsx', 'json', 'png', 'svg', 'px', 'km', 'id',
]);

export function englishWords(text: string): string[] {
  const found = new Set<string>();
  // What a reader wrote is quoted back in «…» (a cell, a file name): their words, not the interface's.
  const unquoted = text.replace(/«[^»]*»/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/[\w.-]+\.(?:csv|xlsx|xls|txt|json|png|svg)\b/gi, ' ');
  for (const line of unquoted.split('\n')) {
    for (const match of line.matchAll(/[A-Za-z][A-Za-z'’]*(?:[-_.][A-Za-z0-9]+)*/g)) {
      const word = match[0];
      if (ALLOWED.has(word)) continue;
      if (/^[A-Z0-9_]+$/.test(word) && !/_/.test(word)) continue; // abbreviations and codes: SOATE, CSV, HTTP, SDC
      if (/\d/.test(word)) continue; // ids and versions
      found.add(`${word} ‹${line.trim().slice(0, 120)}›`);
    }
  }
  return [...found];
}
