import { sealedEntryColumns } from '../audit/sealed-entry.js';
import { SEALED_VALUE } from '../privacy/contact-seal.js';
import type { PlanOperator } from './plan-inspection.js';

/**
 * What the analysts' console must never show: the audit trail (`:Change` entries are for editors, through
 * `changes`) and sealed values (contacts, audit values). Neo4j Community has no per-label read rules, so the
 * protection is layered, each layer covering what the one before cannot see:
 *  1. the text: a query naming the audit label or an audit property is refused (literals and comments do not
 *     count, quoted names do);
 *  2. the EXPLAIN plan: a scan, seek or filter on the audit label is refused, however the label was written;
 *  3. the data: audit values are stored sealed (server/audit/sealed-entry.ts), so an all-nodes scan, `n[$key]`
 *     or a filter (`WHERE n[$k] CONTAINS …`) finds only ciphertext with a fresh nonce per value;
 *  4. the answer: an audit node anywhere in a result is withheld and every sealed value is masked.
 */
export const auditLabel = 'Change';

/** Properties only audit entries have: naming them in the console is refused. */
export const auditProperties = new Set<string>([...sealedEntryColumns, 'entityId', 'requestId']);

/** What an audit node becomes in a console answer. */
export const withheldAuditEntry = '[audit entry withheld]';
/** What a sealed value becomes in a console answer. */
export const maskedSealedValue = '[sealed]';

const refusal = `the audit trail (:${auditLabel}) and sealed values cannot be read here; editors read the audit trail through \`changes\``;

/** Comments and string literals blanked; backtick-quoted names kept, without their backticks. */
function codeWithNames(query: string): { code: string; literals: string[] } {
  const literals: string[] = [];
  const code = query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`((?:[^`]|``)*)`/g, (match, quoted: string | undefined) => {
    if (quoted !== undefined) return ` ${quoted.replace(/``/g, '`')} `;
    if (match.startsWith("'") || match.startsWith('"')) literals.push(match.slice(1, -1));
    return ' '.repeat(match.length);
  });
  return { code, literals };
}

/** Layer 1: why the query text is refused, or null. */
export function protectedTextRefusal(query: string): string | null {
  const { code, literals } = codeWithNames(query);
  // The label as a name anywhere (also a variable or map key so named: simpler than telling them apart).
  if (new RegExp(`(?<![.\\w$])${auditLabel}\\b`).test(code)) return refusal;
  // An audit property read by name: `n.before`, `n {.actor}`, `n['summary']`.
  for (const match of code.matchAll(/\.\s*([A-Za-z_][\w]*)/g)) if (auditProperties.has(match[1]!)) return refusal;
  for (const literal of literals) if (literal === auditLabel || auditProperties.has(literal)) return refusal;
  return null;
}

function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/** Layer 2: why the plan is refused (it scans, seeks or filters on the audit label), or null. */
export function protectedPlanRefusal(plan: PlanOperator | false | undefined): string | null {
  if (!plan) return null;
  const mentions = new RegExp(`:\\s*\`?${auditLabel}\\b`);
  const touches = operators(plan).some((operator) => Object.values(operator.arguments ?? {}).some((value) => typeof value === 'string' && mentions.test(value)));
  return touches ? refusal : null;
}

/** Layer 4: labels of a node that is withheld from answers. */
export function isWithheldNode(labels: readonly string[]): boolean {
  return labels.includes(auditLabel);
}

/** Layer 4: a plain answer value with every sealed value masked (also one inside a longer text, e.g. JSON). */
export function maskSealed(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('sealed:v1:') ? value.replace(SEALED_VALUE, maskedSealedValue) : value;
  if (Array.isArray(value)) return value.map(maskSealed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskSealed(item)]));
  return value;
}
