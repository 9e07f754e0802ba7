import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { foldLabel } from '../../../shared/domain/surveyAnswers';
import { surveyQuestion, type SurveyQuestion } from '../../../shared/domain/surveys';
import { AppError } from '../../../shared/errors';
import type { WorkspaceDb } from '../db/connection';
import {
  customerSegments,
  surveyResponseBatches,
  surveyResponses,
  surveys,
  surveyTallies,
  surveyVersions,
} from '../db/schema';
import { RESPONSES_CODE } from './tallyAccumulator';

export type SurveyRow = typeof surveys.$inferSelect;
export type NewSurveyRow = typeof surveys.$inferInsert;

const storedQuestions = z.array(surveyQuestion);

export const now = () => new Date().toISOString();

export function readSurvey(db: WorkspaceDb, id: number): SurveyRow {
  const row = db.select().from(surveys).where(eq(surveys.id, id)).get();
  if (!row)
    throw new AppError('E_NOT_FOUND', `There is no survey ${id} in this workspace.`);
  return row;
}

export function listSurveyRows(db: WorkspaceDb): SurveyRow[] {
  return db.select().from(surveys).orderBy(desc(surveys.period), desc(surveys.id)).all();
}

export function insertSurvey(db: WorkspaceDb, row: NewSurveyRow): number {
  const inserted = db.insert(surveys).values(row).returning({ id: surveys.id }).get();
  return inserted.id;
}

export function updateSurveyRow(
  db: WorkspaceDb,
  id: number,
  values: Partial<NewSurveyRow>,
) {
  db.update(surveys)
    .set({ ...values, updatedAt: now() })
    .where(eq(surveys.id, id))
    .run();
}

export function deleteSurveyRow(db: WorkspaceDb, id: number): void {
  db.delete(surveys).where(eq(surveys.id, id)).run();
}

export interface StoredVersion {
  version: number;
  questions: SurveyQuestion[];
  createdAt: string;
}

export function readVersions(db: WorkspaceDb, surveyId: number): StoredVersion[] {
  return db
    .select()
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.version))
    .all()
    .map((row) => ({
      version: row.version,
      createdAt: row.createdAt,
      questions: storedQuestions.parse(JSON.parse(row.questions)),
    }));
}

export function readVersion(
  db: WorkspaceDb,
  surveyId: number,
  version: number,
): StoredVersion {
  const found = readVersions(db, surveyId).find((entry) => entry.version === version);
  if (!found) {
    throw new AppError(
      'E_WORKSPACE_DAMAGED',
      `Survey ${surveyId} is missing version ${version}.`,
    );
  }
  return found;
}

export function insertVersion(
  db: WorkspaceDb,
  surveyId: number,
  version: number,
  questions: SurveyQuestion[],
): void {
  db.insert(surveyVersions)
    .values({ surveyId, version, questions: JSON.stringify(questions), createdAt: now() })
    .run();
}

export function replaceVersionQuestions(
  db: WorkspaceDb,
  surveyId: number,
  version: number,
  questions: SurveyQuestion[],
): void {
  db.update(surveyVersions)
    .set({ questions: JSON.stringify(questions) })
    .where(
      and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)),
    )
    .run();
}

/** Responses per version, read from the tallies rather than counted. */
export function responsesByVersion(
  db: WorkspaceDb,
  surveyId: number,
): Map<number, number> {
  const rows = db
    .select({ version: surveyTallies.version, count: surveyTallies.count })
    .from(surveyTallies)
    .where(
      and(
        eq(surveyTallies.surveyId, surveyId),
        eq(surveyTallies.dimension, 'all'),
        eq(surveyTallies.questionCode, RESPONSES_CODE),
      ),
    )
    .all();
  return new Map(rows.map((row) => [row.version, row.count]));
}

export function responseTotals(db: WorkspaceDb): Map<number, number> {
  const rows = db
    .select({
      surveyId: surveyTallies.surveyId,
      count: sql<number>`sum(${surveyTallies.count})`,
    })
    .from(surveyTallies)
    .where(
      and(
        eq(surveyTallies.dimension, 'all'),
        eq(surveyTallies.questionCode, RESPONSES_CODE),
      ),
    )
    .groupBy(surveyTallies.surveyId)
    .all();
  return new Map(rows.map((row) => [row.surveyId, Number(row.count)]));
}

export function hasResponses(db: WorkspaceDb, surveyId: number): boolean {
  return (
    db
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyId))
      .limit(1)
      .get() !== undefined
  );
}

/** The workspace's segment codes by their folded spelling, for case-insensitive matching. */
export function segmentCodes(db: WorkspaceDb): Map<string, string> {
  const rows = db.select({ code: customerSegments.code }).from(customerSegments).all();
  return new Map(rows.map((row) => [foldLabel(row.code), row.code]));
}

export function insertBatch(
  db: WorkspaceDb,
  surveyId: number,
  source: 'file' | 'paper',
  fileName: string | null,
): number {
  return db
    .insert(surveyResponseBatches)
    .values({
      surveyId,
      source,
      fileName,
      createdAt: now(),
      imported: 0,
      duplicates: 0,
      rejected: 0,
    })
    .returning({ id: surveyResponseBatches.id })
    .get().id;
}

export function finishBatch(
  db: WorkspaceDb,
  batchId: number,
  counts: { imported: number; duplicates: number; rejected: number },
): void {
  db.update(surveyResponseBatches)
    .set(counts)
    .where(eq(surveyResponseBatches.id, batchId))
    .run();
}

/** Surveys this one was cloned from, nearest first, stopping at a loop or after `limit`. */
export function lineage(db: WorkspaceDb, survey: SurveyRow, limit = 12): SurveyRow[] {
  const chain: SurveyRow[] = [];
  const seen = new Set([survey.id]);
  let next = survey.clonedFrom;
  while (next !== null && chain.length < limit && !seen.has(next)) {
    seen.add(next);
    const parent = db.select().from(surveys).where(eq(surveys.id, next)).get();
    if (!parent) break;
    chain.push(parent);
    next = parent.clonedFrom;
  }
  return chain;
}
