import { assertNever } from '../../../shared/assert';
import {
  answerLookup,
  foldLabel,
  MULTI_SEPARATOR,
} from '../../../shared/domain/surveyAnswers';
import type { SurveyLanguage, SurveyQuestion } from '../../../shared/domain/surveys';

/** What is wrong with a typed answer, or null when it is valid or blank. */
export function answerProblem(
  question: SurveyQuestion,
  typed: string,
  languages: readonly SurveyLanguage[],
): string | null {
  const text = typed.trim();
  if (text === '') return question.required ? 'This question is required' : null;
  if (question.type === 'freeText')
    return text.length > 4000 ? 'At most 4,000 characters' : null;
  const lookup = answerLookup(question, languages);
  const parts = question.type === 'multiChoice' ? text.split(MULTI_SEPARATOR) : [text];
  const unknown = parts.find(
    (part) => part.trim() !== '' && !lookup.has(foldLabel(part)),
  );
  if (unknown === undefined) return null;
  switch (question.type) {
    case 'agreement5':
      return 'Type 1 to 5';
    case 'scale0to10':
      return 'Type 0 to 10';
    case 'yesNo':
      return 'Type yes or no';
    case 'singleChoice':
    case 'multiChoice':
      return `Not one of ${question.options.map((option) => option.value).join(', ')}`;
    default:
      return assertNever(question.type, 'question type');
  }
}

/** The hint beside an answer field. */
export function answerHint(question: SurveyQuestion): string {
  switch (question.type) {
    case 'agreement5':
      return '1 strongly disagree \u2026 5 strongly agree';
    case 'scale0to10':
      return '0 to 10';
    case 'yesNo':
      return 'yes or no';
    case 'singleChoice':
      return question.options.map((option) => option.value).join(', ');
    case 'multiChoice':
      return (
        `${question.options.map((option) => option.value).join(', ')}; separate ` +
        `several with ;`
      );
    case 'freeText':
      return 'as written on the form';
    default:
      return assertNever(question.type, 'question type');
  }
}

/** The next form number after one that ends in digits, keeping its leading zeros. */
export function nextFormNumber(formNumber: string): string {
  const match = /^(.*?)(\d+)$/.exec(formNumber.trim());
  if (!match) return '';
  const [, prefix = '', digits = ''] = match;
  return `${prefix}${String(Number(digits) + 1).padStart(digits.length, '0')}`;
}
