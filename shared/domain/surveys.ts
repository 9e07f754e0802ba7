import { z } from 'zod';
import { responseChannel } from './channels';

/** Languages an instrument can be written in: each has the scale's labels built in. */
export const SURVEY_LANGUAGES = ['en', 'es'] as const;
export const surveyLanguage = z.enum(SURVEY_LANGUAGES);
export type SurveyLanguage = z.infer<typeof surveyLanguage>;

export const LANGUAGE_NAMES: Record<SurveyLanguage, { english: string; own: string }> = {
  en: { english: 'English', own: 'English' },
  es: { english: 'Spanish', own: 'Español' },
};

export const QUESTION_TYPES = [
  'agreement5',
  'scale0to10',
  'yesNo',
  'singleChoice',
  'multiChoice',
  'freeText',
] as const;
export const questionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionType>;

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  agreement5: 'Agreement, 1 to 5',
  scale0to10: 'Scale, 0 to 10',
  yesNo: 'Yes or no',
  singleChoice: 'Single choice',
  multiChoice: 'Multiple choice',
  freeText: 'Free text',
};

export const SURVEY_AUDIENCES = ['customer', 'employee'] as const;
export const surveyAudience = z.enum(SURVEY_AUDIENCES);
export type SurveyAudience = z.infer<typeof surveyAudience>;

/** The smallest group whose numbers may be shown; a survey may raise it, never lower it. */
export const DEFAULT_MIN_CELL: Record<SurveyAudience, number> = {
  customer: 5,
  employee: 10,
};

/** Columns of an import file that are not questions. */
export const METADATA_COLUMNS = [
  'response_id',
  'submitted_at',
  'channel',
  'segment',
  'language',
] as const;
export type MetadataColumn = (typeof METADATA_COLUMNS)[number];

export const questionCode = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    'a question code is 1 to 40 lower-case letters, digits or _, starting with a letter',
  )
  .refine((code) => !(METADATA_COLUMNS as readonly string[]).includes(code), {
    message: 'that code is reserved for a column of the import file',
  });

export const localizedText = z.partialRecord(
  surveyLanguage,
  z.string().trim().min(1).max(1000),
);
export type LocalizedText = z.infer<typeof localizedText>;

export const choiceOption = z.object({
  value: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9_-]{0,39}$/,
      'an option value is lower-case letters, digits, - or _',
    ),
  label: localizedText,
});
export type ChoiceOption = z.infer<typeof choiceOption>;

/** The most options a choice question may offer; each is one tally slot. */
export const MAX_OPTIONS = 40;

export const surveyQuestion = z.object({
  code: questionCode,
  type: questionType,
  required: z.boolean().default(false),
  text: localizedText,
  /** Choice questions only. */
  options: z.array(choiceOption).max(MAX_OPTIONS).default([]),
});
export type SurveyQuestion = z.infer<typeof surveyQuestion>;

export const quarterText = z
  .string()
  .trim()
  .regex(/^(19|20|21)\d\d-Q[1-4]$/, 'a quarter is written YYYY-Qn, such as 2026-Q1');

export const isoDateText = z.iso.date('a date is written YYYY-MM-DD');

/** Surveys are numbered within a workspace; the number is what commands take. */
export const surveyId = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,11}$/, 'a survey id is a number such as 3');

export const SURVEY_TEMPLATES = ['customer', 'employee'] as const;
export const surveyTemplateName = z.enum(SURVEY_TEMPLATES);
export type SurveyTemplateName = z.infer<typeof surveyTemplateName>;

const surveySettingsShape = {
  title: z.string().trim().min(1, 'a survey needs a title').max(200),
  period: quarterText,
  fieldingStart: isoDateText.nullable().default(null),
  fieldingEnd: isoDateText.nullable().default(null),
  channels: z.array(responseChannel).max(7).default([]),
  segments: z.array(z.string().trim().min(1).max(40)).max(200).default([]),
  languages: z.array(surveyLanguage).min(1).max(SURVEY_LANGUAGES.length).optional(),
  /** How many customers or employees were offered the survey, when known. */
  offered: z.number().int().nonnegative().max(1_000_000_000).nullable().default(null),
  /** Raises the small-cell threshold above the audience's default. */
  minCellSize: z.number().int().min(1).max(1000).nullable().default(null),
};

export const surveyCreateInput = z.object({
  template: surveyTemplateName,
  ...surveySettingsShape,
  period: quarterText.optional(),
});
export type SurveyCreateInput = z.input<typeof surveyCreateInput>;

export const surveyUpdateInput = z.object({
  id: surveyId,
  ...surveySettingsShape,
});
export type SurveyUpdateInput = z.input<typeof surveyUpdateInput>;

export const surveyQuestionsInput = z.object({
  id: surveyId,
  questions: z.array(surveyQuestion).min(1).max(100),
});
export type SurveyQuestionsInput = z.input<typeof surveyQuestionsInput>;

export const surveyVersionSummary = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  responses: z.number().int().nonnegative(),
});

export const surveySummary = z.object({
  id: z.string(),
  title: z.string(),
  template: surveyTemplateName,
  audience: surveyAudience,
  period: z.string(),
  responses: z.number().int().nonnegative(),
  offered: z.number().int().nullable(),
  responseRate: z.number().nullable(),
  version: z.number().int().positive(),
  clonedFrom: z.string().nullable(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

export const surveyDetail = surveySummary.extend({
  fieldingStart: z.string().nullable(),
  fieldingEnd: z.string().nullable(),
  channels: z.array(responseChannel),
  segments: z.array(z.string()),
  languages: z.array(surveyLanguage),
  minCellSize: z.number().int().positive(),
  defaultMinCellSize: z.number().int().positive(),
  questions: z.array(surveyQuestion),
  versions: z.array(surveyVersionSummary),
  createdAt: z.string(),
});
export type SurveyDetail = z.infer<typeof surveyDetail>;

/** The quarter holding an ISO date (YYYY-MM-DD...). */
export function quarterOfDate(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const index = Number(quarter.slice(6));
  return index === 4 ? `${year + 1}-Q1` : `${year}-Q${index + 1}`;
}

export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const index = Number(quarter.slice(6));
  return index === 1 ? `${year - 1}-Q4` : `${year}-Q${index - 1}`;
}

/** "Q1 2026" for screens and printed forms. */
export function quarterLabel(quarter: string): string {
  return `Q${quarter.slice(6)} ${quarter.slice(0, 4)}`;
}

/** The text of a question in a language, falling back to any language it has. */
export function textIn(text: LocalizedText, language: SurveyLanguage): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}
