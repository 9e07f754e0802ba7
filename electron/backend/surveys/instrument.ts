import {
  SURVEY_LANGUAGES,
  type SurveyLanguage,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import { AppError } from '../../../shared/errors';

const invalid = (message: string) => new AppError('E_INPUT', message);

function checkTexts(
  question: SurveyQuestion,
  languages: readonly SurveyLanguage[],
): void {
  for (const language of languages) {
    if (!question.text[language]) {
      throw invalid(`Question ${question.code} has no wording in ${language}.`);
    }
  }
}

function checkOptions(
  question: SurveyQuestion,
  languages: readonly SurveyLanguage[],
): void {
  const isChoice = question.type === 'singleChoice' || question.type === 'multiChoice';
  if (!isChoice) {
    if (question.options.length > 0) {
      throw invalid(
        `Question ${question.code} is not a choice question and takes no options.`,
      );
    }
    return;
  }
  if (question.options.length < 2) {
    throw invalid(`Question ${question.code} needs at least two options.`);
  }
  const values = new Set<string>();
  for (const option of question.options) {
    if (values.has(option.value)) {
      throw invalid(`Question ${question.code} lists the option ${option.value} twice.`);
    }
    values.add(option.value);
    for (const language of languages) {
      if (!option.label[language]) {
        throw invalid(
          `Option ${option.value} of question ${question.code} has no label in ${language}.`,
        );
      }
    }
  }
}

/** Checks an instrument as a whole: unique codes, and every text in every language. */
export function checkInstrument(
  questions: readonly SurveyQuestion[],
  languages: readonly SurveyLanguage[],
): void {
  const codes = new Set<string>();
  for (const question of questions) {
    if (codes.has(question.code))
      throw invalid(`The question code ${question.code} is used twice.`);
    codes.add(question.code);
    checkTexts(question, languages);
    checkOptions(question, languages);
  }
}

/** Languages in a stable order, so equal settings compare equal. */
export function orderLanguages(languages: readonly SurveyLanguage[]): SurveyLanguage[] {
  return SURVEY_LANGUAGES.filter((language) => languages.includes(language));
}

/** True when two instruments word, type and offer everything alike. */
export function sameInstrument(
  left: readonly SurveyQuestion[],
  right: readonly SurveyQuestion[],
): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/** True when a question was worded, typed or offered differently in another version. */
export function sameQuestion(left: SurveyQuestion, right: SurveyQuestion): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
