import type { z } from 'zod';
import type {
  TextAnswer,
  TextAnswersPage,
  textAnswersInput,
} from '../../../shared/domain/surveyResponses';
import { AppError } from '../../../shared/errors';
import { frequentWords } from '../../../shared/stats';
import type { OpenWorkspace } from '../workspace/session';

type PageQuery = z.output<typeof textAnswersInput>;

/** Word counts read at most this many answers, so a huge survey still answers at once. */
const WORD_SAMPLE = 20_000;

interface TextRow {
  id: number;
  questionCode: string;
  text: string;
  responseKey: string;
  submittedAt: string | null;
  channel: string | null;
  forPlan: number;
}

const SELECT = `select t.id, t.question_code as questionCode, t.text, r.response_key as responseKey,
  r.submitted_at as submittedAt, r.channel, t.for_plan as forPlan
  from survey_text_answers t join survey_responses r on r.id = t.response_id`;

function toAnswer(row: TextRow): TextAnswer {
  return { ...row, forPlan: row.forPlan === 1 };
}

/** `like` treats % and _ as wildcards; a search for "100%" must find the text "100%". */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function filters(surveyId: number, query: PageQuery) {
  const clauses = ['t.survey_id = ?'];
  const params: (string | number)[] = [surveyId];
  if (query.questionCode) {
    clauses.push('t.question_code = ?');
    params.push(query.questionCode);
  }
  if (query.search) {
    clauses.push("t.text like ? escape '\\'");
    params.push(likePattern(query.search));
  }
  if (query.onlyForPlan) clauses.push('t.for_plan = 1');
  return { where: clauses.join(' and '), params };
}

export function listTextAnswers(
  open: OpenWorkspace,
  surveyId: number,
  query: PageQuery,
): TextAnswersPage {
  const { where, params } = filters(surveyId, query);
  const sqlite = open.sqlite;
  const total = (
    sqlite
      .prepare(`select count(*) as total from survey_text_answers t where ${where}`)
      .get(...params) as { total: number }
  ).total;
  const items = (
    sqlite
      .prepare(`${SELECT} where ${where} order by t.id desc limit ? offset ?`)
      .all(...params, query.limit, query.offset) as TextRow[]
  ).map(toAnswer);
  const texts = sqlite
    .prepare(`select t.text from survey_text_answers t where ${where} limit ?`)
    .pluck()
    .all(...params, WORD_SAMPLE) as string[];
  return {
    total,
    items,
    topWords: frequentWords(texts, 25),
    wordsSampled: total > WORD_SAMPLE,
  };
}

export function markForPlan(
  open: OpenWorkspace,
  id: number,
  forPlan: boolean,
): TextAnswer {
  const changed = open.sqlite
    .prepare('update survey_text_answers set for_plan = ?, marked_at = ? where id = ?')
    .run(forPlan ? 1 : 0, forPlan ? new Date().toISOString() : null, id);
  if (changed.changes === 0) {
    throw new AppError('E_NOT_FOUND', `There is no free-text answer ${id}.`);
  }
  return toAnswer(open.sqlite.prepare(`${SELECT} where t.id = ?`).get(id) as TextRow);
}
