import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { TEMPLATES } from '../../../shared/domain/surveyTemplates';
import type { SurveyLanguage } from '../../../shared/domain/surveys';
import { AppError } from '../../../shared/errors';
import { defineHandlers } from '../rpc/types';
import { readDepartmentProfile } from '../workspace/repository';
import type { OpenWorkspace } from '../workspace/session';
import { compileSurvey, surveyTrend } from './compile';
import { importResponseFile } from './importer';
import { resultsWorkbook, sheetNameOf } from './resultsWorkbook';
import { BREAKDOWNS } from '../../../shared/domain/surveyResults';
import { enterPaperResponses } from './paperEntry';
import { paperFormHtml } from './paperForm';
import { previewResponseFile } from './preview';
import { listSurveyRows, readSurvey, readVersion, responseTotals } from './repository';
import {
  cloneSurvey,
  createSurvey,
  deleteSurvey,
  surveyDetail,
  surveyNumber,
  toSummary,
  updateQuestions,
  updateSurvey,
} from './service';
import { listTextAnswers, markForPlan } from './textAnswers';

function formHtml(open: OpenWorkspace, id: number, language: SurveyLanguage): string {
  const survey = readSurvey(open.db, id);
  const { questions } = readVersion(open.db, survey.id, survey.currentVersion);
  return paperFormHtml({
    title: survey.title,
    department: readDepartmentProfile(open.db).name,
    period: survey.period,
    language,
    questions,
  });
}

/** A written file appears whole or not at all, even if the disk fills part-way. */
function writeFileAtomically(path: string, content: string | Buffer, what: string): void {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError(
      'E_FILE_NOT_FOUND',
      `The ${what} could not be written to ${path}: ${(error as Error).message}`,
    );
  }
}

function department(workspace: () => OpenWorkspace): OpenWorkspace {
  const open = workspace();
  open.requireMode('department');
  return open;
}

export const surveyHandlers = defineHandlers({
  'surveys.templates': () => Object.values(TEMPLATES),

  'surveys.list': (_input, { workspace }) => {
    const open = department(workspace);
    const totals = responseTotals(open.db);
    return listSurveyRows(open.db).map((row) => toSummary(row, totals.get(row.id) ?? 0));
  },

  'surveys.get': ({ id }, { workspace }) =>
    surveyDetail(department(workspace).db, surveyNumber(id)),

  'surveys.create': (input, { workspace }) => {
    const open = department(workspace);
    const id = open.sqlite.transaction(() => createSurvey(open.db, input))();
    return surveyDetail(open.db, id);
  },

  'surveys.update': (input, { workspace }) => {
    const open = department(workspace);
    open.sqlite.transaction(() => updateSurvey(open.db, input))();
    return surveyDetail(open.db, surveyNumber(input.id));
  },

  'surveys.updateQuestions': (input, { workspace }) => {
    const open = department(workspace);
    open.sqlite.transaction(() => updateQuestions(open.db, input))();
    return surveyDetail(open.db, surveyNumber(input.id));
  },

  'surveys.clone': ({ id, period, title }, { workspace }) => {
    const open = department(workspace);
    const copy = open.sqlite.transaction(() =>
      cloneSurvey(open.db, surveyNumber(id), { period, title }),
    )();
    return surveyDetail(open.db, copy);
  },

  'surveys.delete': ({ id }, { workspace }) => {
    const open = department(workspace);
    open.sqlite.transaction(() => deleteSurvey(open.db, surveyNumber(id)))();
    return { deleted: true };
  },

  'surveys.compile': ({ id, by }, { workspace }) =>
    compileSurvey(department(workspace), surveyNumber(id), by),

  'surveys.exportResults': async ({ id, file }, { workspace }) => {
    const open = department(workspace);
    const survey = surveyNumber(id);
    const overall = compileSurvey(open, survey);
    const breakdowns = BREAKDOWNS.map((by) => ({
      by,
      groups: compileSurvey(open, survey, by).groups ?? [],
    }));
    const workbook = await resultsWorkbook(overall, breakdowns);
    writeFileAtomically(file, workbook, 'workbook');
    return {
      path: file,
      bytes: workbook.byteLength,
      sheets: ['Summary', 'Results', 'Answer counts', ...breakdowns.map(sheetNameOf)],
    };
  },

  'surveys.trend': ({ id }, { workspace }) =>
    surveyTrend(department(workspace), surveyNumber(id)),

  'surveys.paperForm': ({ id, language }, { workspace }) => {
    const open = department(workspace);
    const survey = readSurvey(open.db, surveyNumber(id));
    return { html: formHtml(open, survey.id, language), title: survey.title };
  },

  'surveys.saveForm': ({ id, language, file }, { workspace }) => {
    const open = department(workspace);
    const html = formHtml(open, surveyNumber(id), language);
    writeFileAtomically(file, html, 'form');
    return { path: file, bytes: Buffer.byteLength(html) };
  },

  'responses.preview': ({ surveyId, file }, { workspace }) =>
    previewResponseFile(department(workspace).db, surveyNumber(surveyId), file),

  'responses.import': async (
    { surveyId, file },
    { workspace, workers, signal, progress, log },
  ) => {
    const open = department(workspace);
    const id = surveyNumber(surveyId);
    readSurvey(open.db, id);
    const { fileName, ...report } = await importResponseFile(
      { db: open.db, sqlite: open.sqlite, surveyId: id, workers },
      file,
      { signal, progress },
    );
    log.info('responses imported', {
      survey: id,
      file: fileName,
      imported: report.imported,
      duplicates: report.duplicates,
      rejected: report.rejectedTotal,
    });
    return report;
  },

  'responses.enter': ({ surveyId, responses }, { workspace }) => {
    const open = department(workspace);
    const id = surveyNumber(surveyId);
    readSurvey(open.db, id);
    return enterPaperResponses(
      { db: open.db, sqlite: open.sqlite, surveyId: id },
      responses,
    );
  },

  'responses.textAnswers': (query, { workspace }) =>
    listTextAnswers(department(workspace), surveyNumber(query.surveyId), query),

  'responses.markForPlan': ({ id, forPlan }, { workspace }) =>
    markForPlan(department(workspace), id, forPlan),
});
