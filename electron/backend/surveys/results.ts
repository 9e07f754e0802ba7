import { answerChoices } from '../../../shared/domain/surveyAnswers';
import type { QuestionResult, ShareChange } from '../../../shared/domain/surveyResults';
import { textIn, type SurveyQuestion } from '../../../shared/domain/surveys';
import { assertNever } from '../../../shared/assert';
import {
  AGREEMENT_TOP_TWO,
  changeBetween,
  ELEVEN_POINT_TOP_TWO,
  shareWithInterval,
  summarizeScale,
  type Share,
} from '../../../shared/stats';

/** Counts of one question in one group: answer key to count, '' for "answered". */
export type AnswerCounts = ReadonlyMap<string, number>;

function countsObject(
  question: SurveyQuestion,
  counts: AnswerCounts,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const choice of answerChoices(question))
    result[choice.key] = counts.get(choice.key) ?? 0;
  return result;
}

function pointCounts(counts: AnswerCounts): Map<number, number> {
  const points = new Map<number, number>();
  for (const [key, count] of counts) if (key !== '') points.set(Number(key), count);
  return points;
}

interface Figures {
  mean: number | null;
  top: Share | null;
}

function figuresOf(question: SurveyQuestion, counts: AnswerCounts, n: number): Figures {
  switch (question.type) {
    case 'agreement5': {
      const summary = summarizeScale(pointCounts(counts), AGREEMENT_TOP_TWO);
      return { mean: summary.mean, top: summary.top };
    }
    case 'scale0to10': {
      const summary = summarizeScale(pointCounts(counts), ELEVEN_POINT_TOP_TWO);
      return { mean: summary.mean, top: summary.top };
    }
    case 'yesNo':
      return { mean: null, top: shareWithInterval(counts.get('yes') ?? 0, n) };
    case 'singleChoice':
    case 'multiChoice':
    case 'freeText':
      return { mean: null, top: null };
    default:
      return assertNever(question.type, 'question type');
  }
}

export function suppressedQuestion(question: SurveyQuestion, wordingChanged: boolean) {
  return {
    code: question.code,
    type: question.type,
    text: textIn(question.text, 'en'),
    suppressed: true,
    n: null,
    mean: null,
    counts: null,
    top2: null,
    top2Low: null,
    top2High: null,
    wordingChanged,
    change: null,
  } satisfies QuestionResult;
}

/**
 * One question's numbers in one group. A question answered by fewer than k people is
 * suppressed on its own even when its group is large enough.
 */
export function questionResult(
  question: SurveyQuestion,
  counts: AnswerCounts,
  k: number,
  wordingChanged: boolean,
): QuestionResult {
  const n = counts.get('') ?? 0;
  if (n > 0 && n < k) return suppressedQuestion(question, wordingChanged);
  const { mean, top } = figuresOf(question, counts, n);
  return {
    code: question.code,
    type: question.type,
    text: textIn(question.text, 'en'),
    suppressed: false,
    n,
    mean,
    counts: question.type === 'freeText' ? null : countsObject(question, counts),
    top2: top?.share ?? null,
    top2Low: top?.low ?? null,
    top2High: top?.high ?? null,
    wordingChanged,
    change: null,
  };
}

/** The change in the top-two (or yes) share from the previous quarter's result. */
export function shareChangeFrom(
  previous: QuestionResult,
  current: QuestionResult,
  previousQuarter: string,
): ShareChange | null {
  if (previous.top2 === null || current.top2 === null || !previous.n || !current.n)
    return null;
  const change = changeBetween(
    { share: previous.top2, n: previous.n },
    { share: current.top2, n: current.n },
  );
  if (!change) return null;
  return { previous: previousQuarter, previousShare: previous.top2, ...change };
}
