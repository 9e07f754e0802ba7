import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import {
  QUESTION_TYPE_LABELS,
  type QuestionType,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import type { WorkspaceDb } from '../db/connection';
import { standardMeasurements } from '../db/schema';
import { listSurveyRows, readVersions, type SurveyRow } from '../surveys/repository';
import { questionResult } from '../surveys/results';
import { minCellOf } from '../surveys/service';
import { mergeTallies } from '../surveys/tallyReader';
import type { OpenWorkspace } from '../workspace/session';
import { saveMeasurement } from './measurements';
import type { StandardRow } from './standards';

/** The measurement source that marks a value as computed here, so a re-run may replace it. */
export const SURVEY_SOURCE = 'survey';

const SHARE_TYPES: readonly QuestionType[] = ['agreement5', 'scale0to10', 'yesNo'];

export interface FillOutcome {
  filled: number;
  skipped: { period: string; reason: string }[];
}

interface QuarterCounts {
  counts: Map<string, number>;
  /** The strictest small-cell threshold among the surveys that answered in the quarter. */
  k: number;
  surveys: string[];
}

function surveyQuestionCode(standard: StandardRow): string {
  if (standard.dataSource !== 'survey' || !standard.sourceReference) {
    throw new AppError(
      'E_CONFLICT',
      `${standard.code} does not take its figures from a survey question; set its ` +
        `data source to a survey question and name the question code.`,
    );
  }
  if (standard.periodKind !== 'quarter') {
    throw new AppError(
      'E_CONFLICT',
      `${standard.code} is measured by month, but survey results are compiled by ` +
        `quarter; measure it by quarter to fill it from surveys.`,
    );
  }
  return standard.sourceReference;
}

function currentQuestion(open: OpenWorkspace, survey: SurveyRow, code: string) {
  const current = readVersions(open.db, survey.id).find(
    (entry) => entry.version === survey.currentVersion,
  );
  return current?.questions.find((question) => question.code === code);
}

function checkShareType(question: SurveyQuestion, survey: SurveyRow): void {
  if (!SHARE_TYPES.includes(question.type)) {
    throw new AppError(
      'E_CONFLICT',
      `${question.code} in the survey "${survey.title}" is a ` +
        `${QUESTION_TYPE_LABELS[question.type].toLowerCase()} question; only agreement, 0\u201310 and yes/no questions give a share to measure a standard by.`,
    );
  }
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [key, count] of from) into.set(key, (into.get(key) ?? 0) + count);
}

function addSurveyQuarters(
  open: OpenWorkspace,
  survey: SurveyRow,
  question: SurveyQuestion,
  quarters: Map<string, QuarterCounts>,
): void {
  const versions = new Map(
    readVersions(open.db, survey.id).map((entry) => [entry.version, entry.questions]),
  );
  const merged = mergeTallies(
    open.sqlite,
    [{ surveyId: survey.id, versions }],
    'quarter',
    [question],
  );
  for (const [quarter, group] of merged.groups) {
    const counts = group.questions.get(question.code);
    if (!counts || (counts.get('') ?? 0) === 0 || quarter === '') continue;
    const entry: QuarterCounts = quarters.get(quarter) ?? {
      counts: new Map(),
      k: 0,
      surveys: [],
    };
    addCounts(entry.counts, counts);
    entry.k = Math.max(entry.k, minCellOf(survey));
    entry.surveys.push(survey.title);
    quarters.set(quarter, entry);
  }
}

function existingSource(db: WorkspaceDb, standardId: number, period: string) {
  const row = db
    .select({ source: standardMeasurements.source })
    .from(standardMeasurements)
    .where(
      and(
        eq(standardMeasurements.standardId, standardId),
        eq(standardMeasurements.period, period),
      ),
    )
    .get();
  return row ? { source: row.source } : null;
}

/** Per quarter, the answers to the standard's question across every survey that asks it. */
function quarterCounts(open: OpenWorkspace, code: string) {
  const quarters = new Map<string, QuarterCounts>();
  let reference: SurveyQuestion | null = null;
  for (const survey of listSurveyRows(open.db)) {
    const question = currentQuestion(open, survey, code);
    if (!question) continue;
    checkShareType(question, survey);
    if (reference && reference.type !== question.type) {
      throw new AppError(
        'E_CONFLICT',
        `${code} is asked on different scales in different surveys ("${survey.title}" ` +
          `among them), so their answers cannot be added up.`,
      );
    }
    reference ??= question;
    addSurveyQuarters(open, survey, question, quarters);
  }
  if (!reference) {
    throw new AppError(
      'E_CONFLICT',
      `No survey in this workspace asks a question ${code}.`,
    );
  }
  return { reference, quarters };
}

function fillQuarter(
  open: OpenWorkspace,
  standard: StandardRow,
  reference: SurveyQuestion,
  [period, entry]: [string, QuarterCounts],
): string | null {
  const result = questionResult(reference, entry.counts, entry.k, false);
  if (result.suppressed || result.top2 === null || result.n === null) {
    return `fewer than ${entry.k} answers, so the result is suppressed`;
  }
  const existing = existingSource(open.db, standard.id, period);
  if (existing && existing.source !== SURVEY_SOURCE) {
    return 'a value entered another way is kept';
  }
  saveMeasurement(open.db, standard, {
    standardId: standard.id,
    period,
    value: Math.round(result.top2 * 10000) / 100,
    n: result.n,
    source: SURVEY_SOURCE,
    note: `From ${reference.code} in ${entry.surveys.join(', ')}`,
  });
  return null;
}

/**
 * Computes one measurement per quarter from the stored survey tallies of the standard's
 * question. Call inside one transaction: every quarter is written or none.
 */
export function fillFromSurveys(open: OpenWorkspace, standard: StandardRow): FillOutcome {
  const code = surveyQuestionCode(standard);
  const { reference, quarters } = quarterCounts(open, code);
  const outcome: FillOutcome = { filled: 0, skipped: [] };
  const ordered = [...quarters].sort(([a], [b]) => a.localeCompare(b));
  for (const quarter of ordered) {
    const reason = fillQuarter(open, standard, reference, quarter);
    if (reason) outcome.skipped.push({ period: quarter[0], reason });
    else outcome.filled += 1;
  }
  return outcome;
}
