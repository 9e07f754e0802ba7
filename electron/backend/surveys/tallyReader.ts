import type Database from 'better-sqlite3';
import { answerChoices } from '../../../shared/domain/surveyAnswers';
import type { SurveyQuestion } from '../../../shared/domain/surveys';
import { sameQuestion } from './instrument';
import { RESPONSES_CODE, type TallyDimension } from './tallyAccumulator';

/** Every version's questions of one survey whose tallies are read. */
export interface TallySource {
  surveyId: number;
  versions: ReadonlyMap<number, readonly SurveyQuestion[]>;
}

export interface GroupCounts {
  responses: number;
  questions: Map<string, Map<string, number>>;
}

export interface MergedTallies {
  groups: Map<string, GroupCounts>;
  /** Codes answered under a different wording than the one reported. */
  reworded: Set<string>;
  /** Codes whose answers under another type or scale were left out. */
  incompatible: Set<string>;
}

type TallyRow = [number, string, string, string, number];

const answerKeys = (question: SurveyQuestion) =>
  answerChoices(question)
    .map((choice) => choice.key)
    .join('\u0000');

type Compatibility = 'same' | 'reworded' | 'incompatible' | 'absent';

function compatibility(
  reference: SurveyQuestion | undefined,
  other: SurveyQuestion | undefined,
): Compatibility {
  if (!reference || !other) return 'absent';
  if (sameQuestion(reference, other)) return 'same';
  if (reference.type !== other.type || answerKeys(reference) !== answerKeys(other)) {
    return 'incompatible';
  }
  return 'reworded';
}

function emptyGroup(): GroupCounts {
  return { responses: 0, questions: new Map() };
}

/**
 * Reads the stored tallies of one dimension for some surveys and adds them up per group,
 * counting a question's answers only from versions that asked it on the same scale as the
 * reported wording. This reads a few hundred rows; it never touches the responses.
 */
export function mergeTallies(
  sqlite: Database.Database,
  sources: readonly TallySource[],
  dimension: TallyDimension,
  reported: readonly SurveyQuestion[],
): MergedTallies {
  const statement = sqlite
    .prepare(
      `select version, question_code, group_value, answer, count from survey_tallies
       where survey_id = ? and dimension = ?`,
    )
    .raw(true);
  const byCode = new Map(reported.map((question) => [question.code, question]));
  const merged: MergedTallies = {
    groups: new Map(),
    reworded: new Set(),
    incompatible: new Set(),
  };
  for (const source of sources) {
    const verdicts = new Map<string, Compatibility>();
    const verdictOf = (version: number, code: string) => {
      const key = `${version}\u0000${code}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        const asked = source.versions
          .get(version)
          ?.find((question) => question.code === code);
        verdict = compatibility(byCode.get(code), asked);
        verdicts.set(key, verdict);
      }
      return verdict;
    };
    for (const [version, code, value, answer, count] of statement.all(
      source.surveyId,
      dimension,
    ) as TallyRow[]) {
      let group = merged.groups.get(value);
      if (!group) merged.groups.set(value, (group = emptyGroup()));
      if (code === RESPONSES_CODE) {
        group.responses += count;
        continue;
      }
      const verdict = verdictOf(version, code);
      if (verdict === 'absent') continue;
      if (verdict === 'incompatible') {
        merged.incompatible.add(code);
        continue;
      }
      if (verdict === 'reworded') merged.reworded.add(code);
      let counts = group.questions.get(code);
      if (!counts) group.questions.set(code, (counts = new Map<string, number>()));
      counts.set(answer, (counts.get(answer) ?? 0) + count);
    }
  }
  return merged;
}
