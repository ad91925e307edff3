/**
 * Refuses analyst Cypher whose expressions can build values of unbounded size inside a single expression.
 * Neo4j's transaction memory limit (db.memory.transaction.max, set in EmbeddedNeo4j.java) counts rows,
 * aggregations and sorts, but not strings and lists built while one expression is evaluated: measured on
 * Neo4j 5.26 with a 1 GB heap, `RETURN size(reduce(s = 'x', i IN range(1, 31) | s + s))` and
 * `RETURN size([i IN range(1, 2000000000) | i])` both exhaust the heap and end the JVM (ExitOnOutOfMemoryError)
 * in under a second, whatever the memory settings; the time limit cannot stop them either.
 *
 * Three ways of growth are refused, wherever they appear:
 * - a reduce() whose step uses its accumulator more than once, or inside replace(), range(), a list
 *   comprehension's projection or a nested reduce(): such a step can double the value on every element;
 * - chains of replace() whose literal arguments multiply the length of the text more than a thousandfold;
 * - range() inside an expression (anywhere but as the list of UNWIND, which streams rows) spanning more than
 *   {@link maxGeneratedElements} elements in all, counting literal and parameter bounds.
 * What gets past (bounds computed at run time) is bounded by the data, and server/db/supervised-neo4j.ts
 * brings the database back if the heap is exhausted anyway.
 *
 * Hand-written: no kept JavaScript Cypher parser exposes an expression tree we could walk for this (the
 * editor packages of @neo4j-cypher are prerelease and pull in a language server); the scan works on the text
 * with strings and comments blanked, like statement-guard.ts.
 */

/** Most elements the range() calls of one query may generate inside expressions (a list of 100 000 integers is a few MB). */
export const maxGeneratedElements = 100_000;
/** Most a chain of replace() calls may multiply the length of a text by. */
export const maxReplaceGrowth = 1_000;

interface Call {
  name: string;
  /** Index where the function name starts. */
  start: number;
  /** Index of `(` and of its matching `)` in the scanned text. */
  open: number;
  close: number;
  /** Argument spans (absolute, [start, end)) split at top-level commas. */
  args: [number, number][];
}

interface Scanned {
  /** Strings and comments blanked; backtick names unquoted (`s` → " s ") so they compare like plain names. */
  code: string;
  /** The original text, for the values of string literals. */
  original: string;
}

const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function scan(query: string): Scanned {
  const code = query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (match) => {
    if (!match.startsWith('`')) return ' '.repeat(match.length);
    const name = match.slice(1, -1);
    // Same length, so offsets stay shared with the original text.
    return /^[A-Za-z_]\w*$/.test(name) ? ` ${name} ` : `_${name.replace(/\W/g, '_')}_`;
  });
  return { code, original: query };
}

/** Index of the bracket closing the one at `open`, or -1 when unbalanced. */
function matching(code: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < code.length; i += 1) {
    const c = code[i]!;
    if (c in closing) stack.push(closing[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** Top-level positions of `separator` (a single character) between start and end. */
function topLevel(code: string, start: number, end: number, separator: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = start; i < end; i += 1) {
    const c = code[i]!;
    if (c in closing) depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (depth === 0 && c === separator) found.push(i);
  }
  return found;
}

function calls(code: string, name: string): Call[] {
  const result: Call[] = [];
  for (const match of code.matchAll(new RegExp(`(?<![\\w$.])${name}\\s*\\(`, 'gi'))) {
    const open = match.index + match[0].length - 1;
    const close = matching(code, open);
    if (close === -1) continue; // unbalanced: Neo4j refuses it as a syntax error
    const commas = topLevel(code, open + 1, close, ',');
    const bounds = [open, ...commas, close];
    const args = bounds.slice(1).map((end, i): [number, number] => [bounds[i]! + 1, end]);
    result.push({ name: name.toLowerCase(), start: match.index, open, close, args });
  }
  return result;
}

const inside = (position: number, call: Call) => position > call.open && position < call.close;

/** Uses of a variable between start and end: not a property key (`n.s`), label (`n:s`) or map key (`{s: 1}`). */
function uses(code: string, variable: string, start: number, end: number): number[] {
  const escaped = variable.replace(/[$]/g, '\\$');
  const pattern = new RegExp(`(?<![\\w$.:])${escaped}(?![\\w$])(?!\\s*:(?!:))`, 'g');
  return [...code.slice(start, end).matchAll(pattern)].map((m) => start + m.index);
}

/** List comprehensions with a projection, as [start, end] of their brackets: `[x IN list | expr]`. */
function projectingComprehensions(code: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = code.indexOf('['); i !== -1; i = code.indexOf('[', i + 1)) {
    const end = matching(code, i);
    if (end === -1) continue;
    const body = code.slice(i + 1, end);
    if (/^\s*[A-Za-z_]\w*\s+IN\s/i.test(body) && topLevel(code, i + 1, end, '|').length > 0) spans.push([i, end]);
  }
  return spans;
}

function reduceRefusal(code: string): string | null {
  const reduces = calls(code, 'reduce');
  const amplifiers = [...calls(code, 'replace'), ...calls(code, 'range')];
  const comprehensions = projectingComprehensions(code);
  for (const reduce of reduces) {
    const [start, end] = reduce.args[0] ?? [reduce.open + 1, reduce.close];
    const accumulator = /^\s*([A-Za-z_]\w*)\s*=/.exec(code.slice(start, end))?.[1];
    const bar = topLevel(code, reduce.open + 1, reduce.close, '|')[0];
    if (!accumulator || bar === undefined) continue; // not a reduce Neo4j accepts
    const stepUses = uses(code, accumulator, bar + 1, reduce.close);
    const nested = reduces.filter((other) => other !== reduce && inside(other.open, reduce) && other.open > bar);
    const risky = stepUses.filter(
      (at) =>
        amplifiers.some((call) => inside(at, call)) ||
        comprehensions.some(([open, close]) => at > open && at < close && open > bar) ||
        nested.some((call) => inside(at, call)),
    );
    if (stepUses.length > 1 || risky.length > 0) {
      return (
        `reduce(): the step may use the accumulator ${accumulator} only once, and not inside replace(), range(), a list ` +
        'comprehension or another reduce(), because such a step can double the value on every element and exhaust the ' +
        "database's memory (for a maximum or minimum, use max() or min())"
      );
    }
  }
  return null;
}

/** The value of an integer literal or integer parameter, else undefined (computed at run time). */
function integerValue(text: string, parameters: Record<string, unknown>): number | undefined {
  const trimmed = text.trim();
  if (/^[-+]?\d+$/.test(trimmed)) return Number(trimmed);
  const hex = /^([-+]?)0x([0-9a-f]+)$/i.exec(trimmed);
  if (hex) return parseInt(hex[2]!, 16) * (hex[1] === '-' ? -1 : 1);
  const parameter = /^\$(\w+)$/.exec(trimmed)?.[1];
  const value = parameter === undefined ? undefined : parameters[parameter];
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function rangeRefusal(code: string, parameters: Record<string, unknown>): string | null {
  let total = 1;
  for (const range of calls(code, 'range')) {
    // UNWIND range(…) streams one row at a time (and the time limit stops it); only expressions build the list.
    if (/(?<![\w$.])UNWIND\s*$/i.test(code.slice(0, range.start))) continue;
    const [from, to, step] = range.args.map(([s, e]) => integerValue(code.slice(s, e), parameters));
    if (from === undefined || to === undefined || (range.args.length > 2 && step === undefined)) continue;
    const stride = step ?? 1;
    if (stride === 0) continue; // Neo4j refuses a zero step
    const elements = Math.max(0, Math.floor((to - from) / stride) + 1);
    total *= Math.max(1, elements);
    if (total > maxGeneratedElements) {
      return (
        `range(): the expressions of one query may generate at most ${maxGeneratedElements.toLocaleString('en')} elements ` +
        `(this one ${elements > maxGeneratedElements ? `alone makes ${elements.toLocaleString('en')}` : 'together with the others makes more'}); ` +
        'a list that large is built in memory at once. UNWIND range(…) AS x streams instead'
      );
    }
  }
  return null;
}

/** Length of a string literal's value at [start, end), or undefined when it is not a single literal. */
function literalLength(scanned: Scanned, start: number, end: number, parameters: Record<string, unknown>): number | undefined {
  const text = scanned.original.slice(start, end).trim();
  const literal = /^'((?:\\.|[^'\\])*)'$|^"((?:\\.|[^"\\])*)"$/.exec(text);
  if (literal) return (literal[1] ?? literal[2] ?? '').replace(/\\(u[0-9a-fA-F]{4}|.)/g, '_').length;
  const parameter = /^\$(\w+)$/.exec(text)?.[1];
  const value = parameter === undefined ? undefined : parameters[parameter];
  return typeof value === 'string' ? value.length : undefined;
}

function replaceRefusal(scanned: Scanned, parameters: Record<string, unknown>): string | null {
  const replaces = calls(scanned.code, 'replace');
  const growth = new Map<Call, number>();
  const growthOf = (call: Call): number => {
    const known = growth.get(call);
    if (known !== undefined) return known;
    const [search, replacement] = [call.args[1], call.args[2]].map((span) => (span ? literalLength(scanned, span[0], span[1], parameters) : undefined));
    // Replacing every character (or, for an empty search, every gap) multiplies the length by at most this.
    const own = search === undefined || replacement === undefined ? 1 : Math.max(1, (replacement + (search === 0 ? 1 : 0)) / Math.max(1, search));
    const text = call.args[0];
    const innerGrowth = text ? Math.max(1, ...replaces.filter((inner) => inner !== call && inner.open > text[0] && inner.close < text[1]).map(growthOf)) : 1;
    const total = own * innerGrowth;
    growth.set(call, total);
    return total;
  };
  if (replaces.some((call) => growthOf(call) > maxReplaceGrowth)) {
    return `replace(): these nested replacements can make the text more than ${maxReplaceGrowth} times longer, which can exhaust the database's memory`;
  }
  return null;
}

/** Why the query is refused for the memory its expressions could take, or null. */
export function expressionGrowthRefusal(query: string, parameters: Record<string, unknown> = {}): string | null {
  const scanned = scan(query);
  return reduceRefusal(scanned.code) ?? replaceRefusal(scanned, parameters) ?? rangeRefusal(scanned.code, parameters);
}
