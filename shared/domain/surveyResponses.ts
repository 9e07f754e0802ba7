import { z } from 'zod';
import { responseChannel } from './channels';
import { isoDateText, surveyId, surveyLanguage } from './surveys';

/** One paper form as typed in: answers by question code, as digits or labels. */
export const paperResponse = z.object({
  /** The number written or stamped on the form, if any; it keeps a form from being typed twice. */
  formNumber: z.string().trim().max(60).nullable().default(null),
  submittedAt: isoDateText.nullable().default(null),
  channel: responseChannel.nullable().default(null),
  segment: z.string().trim().max(40).nullable().default(null),
  language: surveyLanguage.nullable().default(null),
  answers: z.record(
    z.string(),
    z.union([z.string().max(4000), z.array(z.string().max(200)).max(40)]),
  ),
});
export type PaperResponse = z.input<typeof paperResponse>;

export const paperEntryInput = z.object({
  surveyId,
  responses: z.array(paperResponse).min(1).max(500),
});

export const importPreview = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sizeBytes: z.number().int().nonnegative(),
  headers: z.array(z.string()),
  /** Question codes the file has no column for. */
  missingQuestions: z.array(z.string()),
  metadataColumns: z.array(z.string()),
  /** The first rows as the file holds them. */
  sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  /** Problems found in the sample rows, as the import would report them. */
  sampleRejected: z.array(
    z.object({ row: z.number().int(), column: z.string(), reason: z.string() }),
  ),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const textAnswer = z.object({
  id: z.number().int().positive(),
  questionCode: z.string(),
  text: z.string(),
  responseKey: z.string(),
  submittedAt: z.string().nullable(),
  channel: z.string().nullable(),
  forPlan: z.boolean(),
});
export type TextAnswer = z.infer<typeof textAnswer>;

export const textAnswersInput = z.object({
  surveyId,
  questionCode: z.string().max(40).nullable().default(null),
  search: z.string().trim().max(200).default(''),
  onlyForPlan: z.boolean().default(false),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const textAnswersPage = z.object({
  total: z.number().int().nonnegative(),
  items: z.array(textAnswer),
  topWords: z.array(z.object({ word: z.string(), count: z.number().int() })),
  /** True when the word counts were taken from the first answers only, for speed. */
  wordsSampled: z.boolean(),
});
export type TextAnswersPage = z.infer<typeof textAnswersPage>;
