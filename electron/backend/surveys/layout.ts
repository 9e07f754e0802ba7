import {
  answerChoices,
  answerLookup,
  isClosedSingle,
} from '../../../shared/domain/surveyAnswers';
import type { SurveyLanguage, SurveyQuestion } from '../../../shared/domain/surveys';

/** Blank in the packed closed-answer string. */
export const NOT_ANSWERED = '-';
const FIRST_ANSWER_CODE = 48;

const POSITION_CHARACTERS = Array.from({ length: 64 }, (_unused, position) =>
  String.fromCharCode(FIRST_ANSWER_CODE + position),
);

export const encodePosition = (position: number): string =>
  POSITION_CHARACTERS[position] ?? String.fromCharCode(FIRST_ANSWER_CODE + position);
export const decodePosition = (code: number): number => code - FIRST_ANSWER_CODE;

export interface QuestionLayout {
  question: SurveyQuestion;
  /** Position in the packed closed-answer string, or -1. */
  closedIndex: number;
  /** Position among the version's multiple-choice answers, or -1. */
  multiIndex: number;
  /** Offset of the question's slots in a group's tally row: the "answered" slot. */
  tallyBase: number;
  /** Tally keys of the answers, in position order (position 1 is keys[0]). */
  keys: string[];
  lookup: Map<string, number>;
  /** Positions of one-character answers by character code: most cells are one digit. */
  singleCharacter: Int8Array;
}

/**
 * How one version's answers are packed for storage and counted for tallies. Slot 0 of a
 * group counts responses; each question then has an "answered" slot and one per answer.
 */
export interface VersionLayout {
  version: number;
  questions: QuestionLayout[];
  closed: QuestionLayout[];
  multi: QuestionLayout[];
  text: QuestionLayout[];
  tallyWidth: number;
}

export function buildLayout(
  version: number,
  questions: readonly SurveyQuestion[],
  languages: readonly SurveyLanguage[],
): VersionLayout {
  const layout: VersionLayout = {
    version,
    questions: [],
    closed: [],
    multi: [],
    text: [],
    tallyWidth: 1,
  };
  for (const question of questions) {
    const keys = answerChoices(question).map((choice) => choice.key);
    const entry: QuestionLayout = {
      question,
      closedIndex: isClosedSingle(question) ? layout.closed.length : -1,
      multiIndex: question.type === 'multiChoice' ? layout.multi.length : -1,
      tallyBase: layout.tallyWidth,
      keys,
      lookup: answerLookup(question, languages),
      singleCharacter: new Int8Array(128),
    };
    for (const [text, position] of entry.lookup) {
      if (text.length === 1 && text.charCodeAt(0) < 128) {
        entry.singleCharacter[text.charCodeAt(0)] = position;
      }
    }
    layout.tallyWidth += 1 + keys.length;
    layout.questions.push(entry);
    if (entry.closedIndex >= 0) layout.closed.push(entry);
    else if (entry.multiIndex >= 0) layout.multi.push(entry);
    else layout.text.push(entry);
  }
  return layout;
}

/** The packed string of a response that answered nothing closed. */
export function blankClosed(layout: VersionLayout): string {
  return NOT_ANSWERED.repeat(layout.closed.length);
}
