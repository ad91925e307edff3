import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { AppError, ConflictError } from '../errors.js';
import type { OrganisationKind } from '../organisations/organisation.type.js';
import type { ImportMessage, ImportResolution } from '../imports/import.type.js';
import { ImportLanguage, requestLanguage, type Message } from '../imports/import-messages.js';
import type { Resolution } from '../imports/resolution.js';
import type { IatiImportInput } from './iati-import.input.js';
import type { IatiActivityOutcome, IatiActivityPreview, IatiImportPreview, IatiImportResult, IatiImportSummary, IatiLocationMatch } from './iati-import.type.js';
import { iatiMessage, wordIati, wordIatiReason } from './iati-messages.js';
import { openQuestions, planIatiImport, type IatiCandidates, type IatiPlan, type PlannedActivity } from './iati-plan.js';
import type { IatiFileReading, IatiProblem } from './reading/iati-record.js';

/**
 * IATI activity files, in the attendance import's shape: the dry run reads the file (the reader validates it
 * off the main thread) and plans every activity against one read of the graph; the confirmation plans again
 * inside one write transaction and writes with a fixed number of UNWIND statements, or nothing while a match
 * still needs a choice. Unchanged and older activities are not written, so the same file again writes nothing.
 */
export type IatiFileReader = (input: { fileBase64: string; fileName: string }) => Promise<IatiFileReading>;

const outcomeWords: Record<IatiActivityOutcome, { ru: string; en: string }> = {
  NEW_PROGRAMME: { en: 'new programme', ru: 'новая программа' },
  NEW_PHASE: { en: 'new phase under {parent}', ru: 'новая фаза программы {parent}' },
  UPDATE: { en: 'update', ru: 'обновление' },
  UNCHANGED: { en: 'unchanged', ru: 'без изменений' },
  OLDER_SKIPPED: { en: 'older than stored: skipped', ru: 'старше сохранённого: пропущено' },
};

const worded = (item: Message, language: ImportLanguage): ImportMessage => ({ code: item.code, params: item.params, message: wordIati(item, language), column: null });

function wordedResolution(resolution: Resolution, kind: string | null, language: ImportLanguage): ImportResolution {
  return {
    ...resolution,
    reason: wordIatiReason(resolution.reason, language),
    reasonParts: resolution.reason.map((part) => worded(part, language)),
    kind: (kind as OrganisationKind | null) ?? null,
    candidates: resolution.candidates.map((c) => ({ ...c, reason: wordIatiReason(c.reason, language), reasonParts: c.reason.map((part) => worded(part, language)) })),
  };
}

function activityView(activity: PlannedActivity, plan: IatiPlan, language: ImportLanguage): IatiActivityPreview {
  const p = activity.properties as Record<string, string | null>;
  const created = new Map(plan.newOrganisations.map((o) => [o.id, o.properties.kind as string]));
  const template = outcomeWords[activity.outcome as IatiActivityOutcome][language === ImportLanguage.EN ? 'en' : 'ru'];
  return {
    position: activity.record.position,
    line: activity.record.line,
    identifier: activity.record.identifier,
    outcome: activity.outcome as IatiActivityOutcome,
    outcomeText: template.replace('{parent}', activity.parentIdentifier ?? ''),
    id: activity.id,
    parentIdentifier: activity.parentIdentifier,
    nameRu: p.nameRu ?? null,
    nameEn: p.nameEn ?? null,
    nameKy: p.nameKy ?? null,
    iatiStatus: p.iatiStatus ?? null,
    lastUpdated: activity.record.lastUpdated,
    storedLastUpdated: activity.storedLastUpdated,
    plannedStartDate: p.plannedStartDate ?? null,
    actualStartDate: p.actualStartDate ?? null,
    plannedEndDate: p.plannedEndDate ?? null,
    actualEndDate: p.actualEndDate ?? null,
    budgets: activity.links.budgets as unknown as IatiActivityPreview['budgets'],
    sectors: (activity.properties.sectors as string[]) ?? [],
    organisations: activity.organisations.map((o) => ({
      relationship: o.relationship, subject: o.subject, ref: o.ref, type: o.type, name: o.name,
      resolution: wordedResolution(o.resolution, o.resolution.id ? (created.get(o.resolution.id) ?? null) : null, language),
    })),
    territories: activity.territories.map((t) => ({
      subject: t.subject, matchedBy: t.matchedBy as IatiLocationMatch,
      resolution: t.resolution ? wordedResolution(t.resolution, null, language) : null,
    })),
    noLocationHere: activity.noLocationHere,
    notes: activity.notes.map((note) => worded(note, language)),
  };
}

const problemView = (problem: IatiProblem, language: ImportLanguage) => ({
  line: problem.line, path: problem.path, message: language === ImportLanguage.EN ? problem.message : problem.messageRu, messageEn: problem.message, messageRu: problem.messageRu,
});

function summaryOf(reading: IatiFileReading, plan: IatiPlan): IatiImportSummary {
  const count = (outcome: string) => plan.activities.filter((a) => a.outcome === outcome).length;
  return {
    activities: plan.activities.length,
    invalid: reading.invalidActivities.length,
    newProgrammes: count('NEW_PROGRAMME'),
    newPhases: count('NEW_PHASE'),
    updates: count('UPDATE'),
    unchanged: count('UNCHANGED'),
    olderSkipped: count('OLDER_SKIPPED'),
    newOrganisations: plan.newOrganisations.length,
    needChoice: openQuestions(plan).length,
  };
}

async function planAgainst(run: (name: string, params: Record<string, unknown>) => Promise<Row[]>, reading: IatiFileReading, input: IatiImportInput): Promise<IatiPlan> {
  const [candidates] = await run('iati/candidates', {});
  return planIatiImport(reading, candidates as unknown as IatiCandidates, input.choices ?? []);
}

export async function previewIatiImport(db: GraphDatabase, input: IatiImportInput, read: IatiFileReader, acceptLanguage: string | null = null): Promise<IatiImportPreview> {
  const language = requestLanguage(input.language, acceptLanguage);
  const reading = await read({ fileBase64: input.file, fileName: input.fileName });
  const plan = await planAgainst((name, params) => db.read(name, params), reading, input);
  return {
    fileName: input.fileName,
    declaredVersion: reading.declaredVersion,
    schemaVersion: reading.schemaVersion,
    fileProblems: reading.fileProblems.map((problem) => problemView(problem, language)),
    invalidActivities: reading.invalidActivities.map((invalid) => ({ ...invalid, problems: invalid.problems.map((problem) => problemView(problem, language)) })),
    activities: plan.activities.map((a) => activityView(a, plan, language)),
    summary: summaryOf(reading, plan),
    canConfirm: plan.canConfirm,
  };
}

/**
 * Two confirmations of one file at once write one copy: every node is MERGEd on a unique key. Should one meet
 * the other's uncommitted node at a constraint (CONFLICT), it runs once more, finds it, and writes nothing new.
 */
export async function confirmIatiImport(db: GraphDatabase, input: IatiImportInput, read: IatiFileReader, acceptLanguage: string | null = null): Promise<IatiImportResult> {
  const language = requestLanguage(input.language, acceptLanguage);
  const reading = await read({ fileBase64: input.file, fileName: input.fileName });
  try {
    return await writeImport(db, input, reading, language);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return writeImport(db, input, reading, language);
  }
}

/** Runs one UNWIND statement (named literally at the call, for the Cypher file check) unless it has nothing to write. */
async function writeAll(expected: number, run: () => Promise<Row[]>): Promise<string[]> {
  if (expected === 0) return [];
  const [result] = await run();
  if (Number(result?.written ?? 0) !== expected) throw new ConflictError('The graph changed while the IATI file was being imported; nothing was written, run the import again');
  return (result?.created as string[] | undefined) ?? [];
}

function refuseUnlessReady(plan: IatiPlan, language: ImportLanguage): void {
  const questions = openQuestions(plan);
  if (questions.length === 0) return;
  const listed = questions.slice(0, 10).map((q) => `${q.identifier} (${q.target}): ${q.subject}`).join('; ');
  const item = iatiMessage('NEEDS_CHOICE', { count: questions.length, listed });
  throw new AppError('BAD_USER_INPUT', `choices: ${wordIati(item, language)}`, { field: 'choices', messageCode: item.code, params: item.params, questions });
}

function writeImport(db: GraphDatabase, input: IatiImportInput, reading: IatiFileReading, language: ImportLanguage): Promise<IatiImportResult> {
  return db.write(async (tx) => {
    const plan = await planAgainst((name, params) => tx.run(name, params), reading, input);
    refuseUnlessReady(plan, language);
    const writing = plan.activities.filter((a) => a.outcome !== 'UNCHANGED' && a.outcome !== 'OLDER_SKIPPED');
    const rowOf = (a: PlannedActivity) => ({ properties: a.properties, parentIdentifier: a.parentIdentifier });
    const programmes = writing.filter((a) => a.label === 'Programme');
    const phases = writing.filter((a) => a.label === 'Phase');
    const organisations = await writeAll(plan.newOrganisations.length, () => tx.run('iati/merge-organisations', { rows: plan.newOrganisations }));
    await writeAll(plan.organisationRefs.length, () => tx.run('iati/set-organisation-refs', { rows: plan.organisationRefs }));
    const createdProgrammes = await writeAll(programmes.length, () => tx.run('iati/merge-programmes', { rows: programmes.map(rowOf) }));
    const createdPhases = await writeAll(phases.length, () => tx.run('iati/merge-phases', { rows: phases.map(rowOf) }));
    await writeAll(writing.length, () => tx.run('iati/replace-links', { rows: writing.map((a) => ({ id: a.id, ...a.links })) }));
    const parentIds = [...new Set(phases.map((a) => `iati-${a.parentIdentifier}`))];
    if (parentIds.length > 0) await tx.run('iati/number-phases', { programmeIds: parentIds });

    const created = [...createdProgrammes, ...createdPhases];
    const updated = writing.map((a) => a.id).filter((id) => !created.includes(id));
    if (writing.length > 0 || organisations.length > 0) {
      const params = { file: input.fileName, created: created.length, updated: updated.length };
      const summaryIn = (lang: ImportLanguage) => wordIati(iatiMessage('IATI_IMPORTED', params), lang);
      await recordChange(tx, {
        action: ChangeAction.IMPORTED,
        entityType: 'IatiActivityFile',
        subjectId: input.fileName,
        entityIds: [...writing.map((a) => a.id), ...organisations],
        summary: summaryIn(language),
        after: {
          fileName: input.fileName, createdActivities: created, updatedActivities: updated, newOrganisations: organisations,
          olderSkipped: plan.activities.filter((a) => a.outcome === 'OLDER_SKIPPED').map((a) => a.record.identifier),
          invalidActivities: reading.invalidActivities.map((a) => a.identifier ?? `#${a.position}`),
          summaryRu: summaryIn(ImportLanguage.RU), summaryEn: summaryIn(ImportLanguage.EN), messageCode: 'IATI_IMPORTED', params,
        },
      });
    }
    return {
      summary: summaryOf(reading, plan),
      activities: plan.activities.map((a) => activityView(a, plan, language)),
      createdActivityIds: created,
      updatedActivityIds: updated,
      createdOrganisationIds: organisations,
    };
  });
}
