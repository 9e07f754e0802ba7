import { z } from 'zod';
import { importReport } from '../domain/imports';
import {
  paperEntryInput,
  importPreview,
  textAnswer,
  textAnswersInput,
  textAnswersPage,
} from '../domain/surveyResponses';
import { breakdown, compiledSurvey, surveyTrend } from '../domain/surveyResults';
import {
  quarterText,
  surveyAudience,
  surveyCreateInput,
  surveyDetail,
  surveyId,
  surveyLanguage,
  surveyQuestion,
  surveyQuestionsInput,
  surveySummary,
  surveyTemplateName,
  surveyUpdateInput,
} from '../domain/surveys';
import { fileRef, jobId, method } from './define';

const bySurvey = z.object({ id: surveyId });

export const surveysContract = {
  'surveys.templates': method({
    summary: 'The built-in survey instruments',
    input: z.object({}),
    output: z.array(
      z.object({
        name: surveyTemplateName,
        title: z.string(),
        audience: surveyAudience,
        description: z.string(),
        languages: z.array(surveyLanguage),
        questions: z.array(surveyQuestion),
      }),
    ),
  }),
  'surveys.list': method({
    summary: 'Every survey of the workspace, newest quarter first',
    input: z.object({}),
    output: z.array(surveySummary),
  }),
  'surveys.get': method({
    summary: 'One survey with its current questions and versions',
    input: bySurvey,
    output: surveyDetail,
  }),
  'surveys.create': method({
    summary: 'Create a survey from a built-in instrument',
    input: surveyCreateInput,
    output: surveyDetail,
  }),
  'surveys.update': method({
    summary:
      'Change a survey\u2019s title, fielding period, channels, segments or numbers',
    input: surveyUpdateInput,
    output: surveyDetail,
  }),
  'surveys.updateQuestions': method({
    summary: 'Change the questions; once responses exist this makes a new version',
    input: surveyQuestionsInput,
    output: surveyDetail,
  }),
  'surveys.clone': method({
    summary: 'Copy a survey\u2019s instrument and settings for another quarter',
    input: z.object({
      id: surveyId,
      period: quarterText.optional(),
      title: z.string().trim().min(1).max(200).optional(),
    }),
    output: surveyDetail,
  }),
  'surveys.delete': method({
    summary: 'Delete a survey that has no responses',
    input: bySurvey,
    output: z.object({ deleted: z.boolean() }),
  }),
  'surveys.compile': method({
    summary:
      'Compiled results, overall and by one breakdown, with small cells suppressed',
    input: z.object({ id: surveyId, by: breakdown.optional() }),
    output: compiledSurvey,
  }),
  'surveys.exportResults': method({
    summary:
      'Write the compiled results, overall and by every breakdown, to an Excel workbook',
    input: z.object({ id: surveyId, file: fileRef }),
    output: z.object({
      path: z.string(),
      bytes: z.number().int().nonnegative(),
      sheets: z.array(z.string()),
    }),
    files: { file: 'write' },
    filePurposes: ['save-export'],
  }),
  'surveys.trend': method({
    summary: 'Results by quarter across this survey and the surveys it was cloned from',
    input: bySurvey,
    output: surveyTrend,
  }),
  'surveys.paperForm': method({
    summary: 'A printable paper form of the survey in one language, as an HTML page',
    input: z.object({ id: surveyId, language: surveyLanguage }),
    output: z.object({ html: z.string(), title: z.string() }),
  }),
  'surveys.saveForm': method({
    summary: 'Write the printable paper form in one language to a chosen HTML file',
    input: z.object({ id: surveyId, language: surveyLanguage, file: fileRef }),
    output: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }),
    files: { file: 'write' },
    filePurposes: ['save-export'],
  }),
  'responses.preview': method({
    summary:
      'Read the first rows of a response file and check its columns, writing nothing',
    input: z.object({ surveyId, file: fileRef }),
    output: importPreview,
    files: { file: 'read' },
    filePurposes: ['import-data'],
  }),
  'responses.import': method({
    summary: 'Import responses from a CSV or XLSX file in one transaction',
    input: z.object({ surveyId, file: fileRef, jobId: jobId.optional() }),
    output: importReport,
    files: { file: 'read' },
    filePurposes: ['import-data'],
    progress: true,
  }),
  'responses.enter': method({
    summary: 'Store responses typed in from paper forms',
    input: paperEntryInput,
    output: importReport,
  }),
  'responses.textAnswers': method({
    summary:
      'Free-text answers, searchable and paginated, with their most frequent words',
    input: textAnswersInput,
    output: textAnswersPage,
  }),
  'responses.markForPlan': method({
    summary: 'Mark or unmark a free-text answer for the improvement plan',
    input: z.object({ id: z.number().int().positive(), forPlan: z.boolean() }),
    output: textAnswer,
  }),
} as const;

/** Answered by the desktop host, which prints the paper form through Chromium. */
export const surveysHostContract = {
  'host.exportSurveyFormPdf': method({
    summary: 'Write the printable paper form in one language as a PDF (desktop app only)',
    side: 'host',
    input: z.object({ id: surveyId, language: surveyLanguage, file: fileRef }),
    output: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }),
    files: { file: 'write' },
    filePurposes: ['save-export'],
  }),
} as const;
