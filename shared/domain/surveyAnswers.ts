import { assertNever } from '../assert';
import { AGREEMENT_LABELS, YES_NO_LABELS } from './surveyTemplates';
import type { SurveyLanguage, SurveyQuestion } from './surveys';

/** A closed question's possible answers: the key tallies use and the label in each language. */
export interface AnswerChoice {
  /** '1'..'5', '0'..'10', 'yes'/'no', or the option value. */
  key: string;
  /** The number a person writes for it, when the scale has one. */
  number: number | null;
  labels: Partial<Record<SurveyLanguage, string>>;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_unused, index) => from + index);

function labelsFrom(
  table: Record<SurveyLanguage, readonly string[]>,
  index: number,
): Partial<Record<SurveyLanguage, string>> {
  const labels: Partial<Record<SurveyLanguage, string>> = {};
  for (const language of Object.keys(table) as SurveyLanguage[]) {
    const label = table[language][index];
    if (label) labels[language] = label;
  }
  return labels;
}

/** Every answer a closed question accepts, in order; empty for free text. */
export function answerChoices(question: SurveyQuestion): AnswerChoice[] {
  switch (question.type) {
    case 'agreement5':
      return range(1, 5).map((value) => ({
        key: String(value),
        number: value,
        labels: labelsFrom(AGREEMENT_LABELS, value - 1),
      }));
    case 'scale0to10':
      return range(0, 10).map((value) => ({
        key: String(value),
        number: value,
        labels: {},
      }));
    case 'yesNo':
      return (['yes', 'no'] as const).map((key) => ({
        key,
        number: null,
        labels: Object.fromEntries(
          Object.entries(YES_NO_LABELS).map(([language, labels]) => [
            language,
            labels[key],
          ]),
        ),
      }));
    case 'singleChoice':
    case 'multiChoice':
      return question.options.map((option) => ({
        key: option.value,
        number: null,
        labels: option.label,
      }));
    case 'freeText':
      return [];
    default:
      return assertNever(question.type, 'question type');
  }
}

/** Lower-case, trimmed and without accents, so "SÍ", "si" and " Sí " match alike. */
export function foldLabel(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * What a cell may hold for each answer: its key, its number and its label in any of the
 * instrument's languages, case- and accent-insensitively. The value is the answer's
 * 1-based position among `answerChoices`.
 */
export function answerLookup(
  question: SurveyQuestion,
  languages: readonly SurveyLanguage[],
): Map<string, number> {
  const lookup = new Map<string, number>();
  answerChoices(question).forEach((choice, index) => {
    const position = index + 1;
    lookup.set(foldLabel(choice.key), position);
    if (choice.number !== null) lookup.set(String(choice.number), position);
    for (const language of languages) {
      const label = choice.labels[language];
      if (label) lookup.set(foldLabel(label), position);
    }
  });
  return lookup;
}

export const isClosedSingle = (question: SurveyQuestion): boolean =>
  question.type === 'agreement5' ||
  question.type === 'scale0to10' ||
  question.type === 'yesNo' ||
  question.type === 'singleChoice';

/** Multiple-choice cells list their answers separated by semicolons. */
export const MULTI_SEPARATOR = ';';

export const MAX_TEXT_ANSWER = 4000;
