import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { foldLabel } from '../../../shared/domain/surveyAnswers';
import { TEMPLATES } from '../../../shared/domain/surveyTemplates';
import {
  DEFAULT_MIN_CELL,
  quarterOfDate,
  nextQuarter,
  surveyLanguage,
  type SurveyCreateInput,
  type SurveyDetail,
  type SurveyLanguage,
  type SurveyQuestion,
  type surveyQuestionsInput,
  type SurveySummary,
  type surveyUpdateInput,
} from '../../../shared/domain/surveys';
import type { surveyCreateInput } from '../../../shared/domain/surveys';
import { responseChannel } from '../../../shared/domain/channels';
import { effectiveMinCell, responseRate } from '../../../shared/stats';
import { AppError } from '../../../shared/errors';
import type { WorkspaceDb } from '../db/connection';
import { checkInstrument, orderLanguages, sameInstrument } from './instrument';
import {
  deleteSurveyRow,
  hasResponses,
  insertSurvey,
  insertVersion,
  now,
  readSurvey,
  readVersion,
  readVersions,
  replaceVersionQuestions,
  responsesByVersion,
  segmentCodes,
  updateSurveyRow,
  type SurveyRow,
} from './repository';

type CreateValues = z.output<typeof surveyCreateInput>;
type UpdateValues = z.output<typeof surveyUpdateInput>;
type QuestionValues = z.output<typeof surveyQuestionsInput>;

export const surveyNumber = (id: string): number => Number(id);

export function languagesOf(row: SurveyRow): SurveyLanguage[] {
  return row.languages.map((language) => surveyLanguage.parse(language));
}

export function minCellOf(row: SurveyRow): number {
  return effectiveMinCell(DEFAULT_MIN_CELL[row.audience], row.minCellSize);
}

function checkMinCell(audience: SurveyRow['audience'], requested: number | null): void {
  if (requested !== null && requested < DEFAULT_MIN_CELL[audience]) {
    throw new AppError(
      'E_INPUT',
      `Groups smaller than ${DEFAULT_MIN_CELL[audience]} are always suppressed for ` +
        `${audience} surveys; the threshold can only be raised.`,
    );
  }
}

function checkSegments(db: WorkspaceDb, segments: readonly string[]): string[] {
  const known = segmentCodes(db);
  return segments.map((code) => {
    const found = known.get(foldLabel(code));
    if (!found)
      throw new AppError(
        'E_INPUT',
        `There is no customer segment ${code} in this workspace.`,
      );
    return found;
  });
}

function checkDates(start: string | null, end: string | null): void {
  if (start && end && end < start) {
    throw new AppError('E_INPUT', 'The fielding period ends before it starts.');
  }
}

const currentQuarter = () => quarterOfDate(new Date().toISOString());

export function toSummary(row: SurveyRow, responses: number): SurveySummary {
  return {
    id: String(row.id),
    title: row.title,
    template: row.template,
    audience: row.audience,
    period: row.period,
    responses,
    offered: row.offered,
    responseRate: responseRate(responses, row.offered),
    version: row.currentVersion,
    clonedFrom: row.clonedFrom === null ? null : String(row.clonedFrom),
    updatedAt: row.updatedAt,
  };
}

export function surveyDetail(db: WorkspaceDb, id: number): SurveyDetail {
  const row = readSurvey(db, id);
  const counts = responsesByVersion(db, id);
  const versions = readVersions(db, id);
  const current = versions.find((entry) => entry.version === row.currentVersion);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return {
    ...toSummary(row, total),
    fieldingStart: row.fieldingStart,
    fieldingEnd: row.fieldingEnd,
    channels: row.channels.map((channel) => responseChannel.parse(channel)),
    segments: row.segments,
    languages: languagesOf(row),
    minCellSize: minCellOf(row),
    defaultMinCellSize: DEFAULT_MIN_CELL[row.audience],
    questions: current?.questions ?? [],
    versions: versions.map((entry) => ({
      version: entry.version,
      createdAt: entry.createdAt,
      responses: counts.get(entry.version) ?? 0,
    })),
    createdAt: row.createdAt,
  };
}

export function createSurvey(
  db: WorkspaceDb,
  input: CreateValues | SurveyCreateInput,
): number {
  const values = input as CreateValues;
  const template = TEMPLATES[values.template];
  const languages = orderLanguages(values.languages ?? template.languages);
  checkMinCell(template.audience, values.minCellSize);
  checkDates(values.fieldingStart, values.fieldingEnd);
  checkInstrument(template.questions, languages);
  const stamp = now();
  const id = insertSurvey(db, {
    uid: randomUUID(),
    title: values.title,
    template: template.name,
    audience: template.audience,
    period: values.period ?? currentQuarter(),
    fieldingStart: values.fieldingStart,
    fieldingEnd: values.fieldingEnd,
    channels: values.channels,
    segments: checkSegments(db, values.segments),
    languages,
    offered: values.offered,
    minCellSize: values.minCellSize,
    currentVersion: 1,
    clonedFrom: null,
    createdAt: stamp,
    updatedAt: stamp,
  });
  insertVersion(db, id, 1, template.questions);
  return id;
}

export function updateSurvey(db: WorkspaceDb, values: UpdateValues): void {
  const id = surveyNumber(values.id);
  const row = readSurvey(db, id);
  checkMinCell(row.audience, values.minCellSize);
  checkDates(values.fieldingStart, values.fieldingEnd);
  const languages = orderLanguages(values.languages ?? languagesOf(row));
  checkInstrument(readVersion(db, id, row.currentVersion).questions, languages);
  updateSurveyRow(db, id, {
    title: values.title,
    period: values.period,
    fieldingStart: values.fieldingStart,
    fieldingEnd: values.fieldingEnd,
    channels: values.channels,
    segments: checkSegments(db, values.segments),
    languages,
    offered: values.offered,
    minCellSize: values.minCellSize,
  });
}

/**
 * Changes the instrument. Before any response it is edited in place; afterwards any change
 * makes a new version, so answers are always kept with the wording they were given to.
 */
export function updateQuestions(db: WorkspaceDb, values: QuestionValues): void {
  const id = surveyNumber(values.id);
  const row = readSurvey(db, id);
  const questions: SurveyQuestion[] = values.questions;
  checkInstrument(questions, languagesOf(row));
  const current = readVersion(db, id, row.currentVersion);
  if (sameInstrument(current.questions, questions)) return;
  const answered = (responsesByVersion(db, id).get(row.currentVersion) ?? 0) > 0;
  if (!answered) {
    replaceVersionQuestions(db, id, row.currentVersion, questions);
    updateSurveyRow(db, id, {});
    return;
  }
  insertVersion(db, id, row.currentVersion + 1, questions);
  updateSurveyRow(db, id, { currentVersion: row.currentVersion + 1 });
}

export function cloneSurvey(
  db: WorkspaceDb,
  id: number,
  options: { period?: string; title?: string },
): number {
  const source = readSurvey(db, id);
  const questions = readVersion(db, id, source.currentVersion).questions;
  const period = options.period ?? nextQuarter(source.period);
  const stamp = now();
  const copy = insertSurvey(db, {
    uid: randomUUID(),
    title: options.title ?? source.title.replace(source.period, period),
    template: source.template,
    audience: source.audience,
    period,
    fieldingStart: null,
    fieldingEnd: null,
    channels: source.channels,
    segments: source.segments,
    languages: source.languages,
    offered: null,
    minCellSize: source.minCellSize,
    currentVersion: 1,
    clonedFrom: source.id,
    createdAt: stamp,
    updatedAt: stamp,
  });
  insertVersion(db, copy, 1, questions);
  return copy;
}

export function deleteSurvey(db: WorkspaceDb, id: number): void {
  readSurvey(db, id);
  if (hasResponses(db, id)) {
    throw new AppError(
      'E_CONFLICT',
      `Survey ${id} has responses and cannot be deleted; its results are part of the record.`,
    );
  }
  deleteSurveyRow(db, id);
}
