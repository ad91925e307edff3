import { ParseOption, XmlDocument, XmlParseError, XmlValidateError, type ErrorDetail, type XmlElement } from 'libxml2-wasm';
import { extractActivity } from './extract-activity.js';
import { attribute, childElements, firstChild, textOf } from './iati-dom.js';
import { iatiLimits } from './iati-limits.js';
import { refuse } from './iati-read-error.js';
import type { IatiActivityRecord, IatiFileReading, IatiInvalidActivity, IatiProblem } from './iati-record.js';
import { isSchemaShipped, schemaFor, schemaValidator, type SchemaVersion } from './iati-schemas.js';
import { wordInRussian } from './problem-wording.js';

/**
 * Parsing never loads anything from outside: no network (NONET), no external entities or DTD (NO_XXE, and no
 * DTDLOAD/NOENT), and libxml2's default limits on nesting depth and text size stay on (no HUGE). Lines past 65,535
 * are counted right (BIG_LINES).
 */
const parseOptions = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES;

const activityStep = /^\/iati-activities\/iati-activity(?:\[(\d+)\])?(?=\/|$)/;

function parse(xml: Uint8Array): XmlDocument {
  try {
    return XmlDocument.fromBuffer(xml, { option: parseOptions });
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    const first = error.details[0];
    const where = first?.line ? ` (line ${first.line})` : '';
    const whereRu = first?.line ? ` (строка ${first.line})` : '';
    const said = first ? `: ${first.message.trim()}` : '';
    throw refuse('NOT_XML', `the file is not well-formed XML${where}${said}`, `файл — не правильно построенный XML${whereRu}${said}`);
  }
}

/** The version's schema problems, each with line, path and message; none when the file is valid. */
function validate(document: XmlDocument, schema: SchemaVersion): ErrorDetail[] {
  try {
    schemaValidator(schema).validate(document);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) return error.details;
    throw error;
  }
}

function toProblem(detail: ErrorDetail): IatiProblem {
  const message = detail.message.trim();
  // libxml2 leaves the index off an only child; the activity's step always carries it, so paths group by activity.
  const path = (detail.xpath ?? '').replace(activityStep, (_step, index: string | undefined) => `/iati-activities/iati-activity[${index ?? 1}]`);
  return { line: detail.line || null, path, message, messageRu: wordInRussian(message) };
}

/** Which activity (0-based) a problem belongs to: by its path, else by the activity whose lines contain its line. */
function activityIndexOf(problem: IatiProblem, activityLines: number[]): number | null {
  const step = activityStep.exec(problem.path);
  if (step) return Number(step[1] ?? 1) - 1;
  if (problem.line === null || activityLines.length === 0 || problem.line < activityLines[0]!) return null;
  let low = 0;
  let high = activityLines.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (activityLines[middle]! <= problem.line) low = middle;
    else high = middle - 1;
  }
  return low;
}

function capped(problems: IatiProblem[], path: string): IatiProblem[] {
  if (problems.length <= iatiLimits.problemsPerActivity) return problems;
  const left = problems.length - iatiLimits.problemsPerActivity;
  return [
    ...problems.slice(0, iatiLimits.problemsPerActivity),
    { line: null, path, message: `${left} more problems not listed`, messageRu: `ещё проблем, не показанных здесь: ${left}` },
  ];
}

/**
 * Reads decoded IATI XML: refuses what is not XML, not an IATI activities file or of an unknown version; validates
 * the whole file once against the schema of its declared version; returns the valid activities as records and the
 * invalid ones with their problems. Runs in the reading worker (read-iati-file.ts).
 */
export function readIatiXml(xml: Uint8Array): IatiFileReading {
  const document = parse(xml);
  try {
    const root = document.root;
    if (root.name !== 'iati-activities' || root.namespaceUri) {
      throw refuse('NOT_IATI', `the file is XML but not IATI activities: its root element is <${root.name}>, not <iati-activities>`, `файл — XML, но не активности IATI: корневой элемент <${root.name}>, а не <iati-activities>`);
    }
    const declaredVersion = attribute(root, 'version');
    const schema = declaredVersion === null ? '2.03' : schemaFor(declaredVersion);
    if (schema === null) {
      throw refuse('UNSUPPORTED_VERSION', `IATI version "${declaredVersion}" is not supported (read: 2.01, 2.02, 2.03 and 1.01–1.05)`, `версия IATI «${declaredVersion}» не поддерживается (читаются 2.01, 2.02, 2.03 и 1.01–1.05)`);
    }
    const activityElements = childElements(root, 'iati-activity');
    if (activityElements.length > iatiLimits.activities) {
      throw refuse('TOO_LARGE', `the file has ${activityElements.length} activities, more than the ${iatiLimits.activities} one file may have`, `в файле ${activityElements.length} активностей — больше предела ${iatiLimits.activities}`);
    }
    const validated = isSchemaShipped(schema);
    const fileProblems: IatiProblem[] = [];
    if (!validated) {
      fileProblems.push({
        line: root.line || null,
        path: '/iati-activities/@version',
        message: `version ${declaredVersion} was read without schema validation: the ${schema} schema is not shipped`,
        messageRu: `версия ${declaredVersion} прочитана без проверки по схеме: схемы ${schema} нет в поставке`,
      });
    }
    const problemsByActivity = activityElements.map((): IatiProblem[] => []);
    const activityLines = activityElements.map((activity) => activity.line);
    for (const detail of validated ? validate(document, schema) : []) {
      const problem = toProblem(detail);
      const index = activityIndexOf(problem, activityLines);
      if (index !== null && index < problemsByActivity.length) problemsByActivity[index]!.push(problem);
      else fileProblems.push(problem);
    }
    const legacy = schema === '1.05';
    const activities: IatiActivityRecord[] = [];
    const invalidActivities: IatiInvalidActivity[] = [];
    activityElements.forEach((activity, index) => {
      const position = index + 1;
      const path = `/iati-activities/iati-activity[${position}]`;
      const identifierElement = firstChild(activity, 'iati-identifier');
      const identifier = identifierElement ? textOf(identifierElement) : '';
      const problems = problemsByActivity[index]!;
      if (identifier === '' && problems.length === 0) {
        problems.push({ line: activity.line || null, path: `${path}/iati-identifier`, message: 'the activity has no iati-identifier', messageRu: 'у активности нет iati-identifier' });
      }
      if (problems.length > 0) invalidActivities.push({ position, line: activity.line || null, identifier: identifier || null, problems: capped(problems, path) });
      else activities.push(extractActivity(activity as XmlElement, position, legacy));
    });
    return {
      declaredVersion,
      schemaVersion: validated ? schema : 'none',
      generatedAt: attribute(root, 'generated-datetime'),
      fileProblems: capped(fileProblems, '/iati-activities'),
      activities,
      invalidActivities,
    };
  } finally {
    document.dispose();
  }
}
