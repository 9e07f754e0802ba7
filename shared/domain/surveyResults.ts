import { z } from 'zod';
import { questionType, surveyAudience } from './surveys';

export const BREAKDOWNS = ['channel', 'segment', 'language', 'period'] as const;
export const breakdown = z.enum(BREAKDOWNS);
export type Breakdown = z.infer<typeof breakdown>;

export const BREAKDOWN_LABELS: Record<Breakdown, string> = {
  channel: 'Channel',
  segment: 'Customer segment',
  language: 'Language',
  period: 'Quarter',
};

export const shareChange = z.object({
  /** The quarter compared against. */
  previous: z.string(),
  previousShare: z.number(),
  delta: z.number(),
  marginOfError: z.number(),
  /** True when the change is larger than its 95 % margin of error. */
  significant: z.boolean(),
});
export type ShareChange = z.infer<typeof shareChange>;

/**
 * One question's results in one group. When `suppressed` every number is null: the group or
 * the question's answers are fewer than the survey's small-cell threshold.
 */
export const questionResult = z.object({
  code: z.string(),
  type: questionType,
  text: z.string(),
  suppressed: z.boolean(),
  n: z.number().int().nonnegative().nullable(),
  mean: z.number().nullable(),
  /** Answers per scale point or option; null for free text and when suppressed. */
  counts: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  /** Top-two-box share (4–5 of 1–5, 9–10 of 0–10) or the yes share, as a fraction. */
  top2: z.number().nullable(),
  top2Low: z.number().nullable(),
  top2High: z.number().nullable(),
  /** True when responses were given to different wordings of this question. */
  wordingChanged: z.boolean(),
  change: shareChange.nullable(),
});
export type QuestionResult = z.infer<typeof questionResult>;

export const resultGroup = z.object({
  by: breakdown,
  /** The channel, segment code, language or quarter; '' when the response did not say. */
  value: z.string(),
  label: z.string(),
  responses: z.number().int().nonnegative().nullable(),
  suppressed: z.boolean(),
  questions: z.array(questionResult),
});
export type ResultGroup = z.infer<typeof resultGroup>;

export const compiledSurvey = z.object({
  survey: z.string(),
  title: z.string(),
  audience: surveyAudience,
  period: z.string(),
  responses: z.number().int().nonnegative(),
  offered: z.number().int().nullable(),
  responseRate: z.number().nullable(),
  minCellSize: z.number().int().positive(),
  suppressed: z.boolean(),
  questions: z.array(questionResult),
  groups: z.array(resultGroup).optional(),
  /** Things a reader must know before comparing numbers, such as changed wordings. */
  warnings: z.array(z.string()),
});
export type CompiledSurvey = z.infer<typeof compiledSurvey>;

export const trendPoint = z.object({
  quarter: z.string(),
  responses: z.number().int().nonnegative().nullable(),
  suppressed: z.boolean(),
  questions: z.array(questionResult),
});
export const surveyTrend = z.object({
  survey: z.string(),
  points: z.array(trendPoint),
  warnings: z.array(z.string()),
});
export type SurveyTrend = z.infer<typeof surveyTrend>;
