import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/**
 * A survey: an instrument (its questions live in survey_versions) fielded in one quarter.
 * The integer id is what people type (`--survey 3`); uid stays the same when the
 * workspace's rows travel elsewhere.
 */
export const surveys = sqliteTable(
  'surveys',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    title: text('title').notNull(),
    template: text('template', { enum: ['customer', 'employee'] }).notNull(),
    audience: text('audience', { enum: ['customer', 'employee'] }).notNull(),
    period: text('period').notNull(),
    fieldingStart: text('fielding_start'),
    fieldingEnd: text('fielding_end'),
    channels: text('channels', { mode: 'json' }).$type<string[]>().notNull(),
    segments: text('segments', { mode: 'json' }).$type<string[]>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    offered: integer('offered'),
    minCellSize: integer('min_cell_size'),
    currentVersion: integer('current_version').notNull(),
    clonedFrom: integer('cloned_from'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    check('surveys_template', sql`${table.template} in ('customer', 'employee')`),
    check('surveys_audience', sql`${table.audience} in ('customer', 'employee')`),
    foreignKey({ columns: [table.clonedFrom], foreignColumns: [table.id] }).onDelete(
      'set null',
    ),
  ],
);

/** The questions as worded at one time; a wording change after responses makes a new one. */
export const surveyVersions = sqliteTable(
  'survey_versions',
  {
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    questions: text('questions').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.version] })],
);

/** One file import or one sitting of paper entry. */
export const surveyResponseBatches = sqliteTable(
  'survey_response_batches',
  {
    id: integer('id').primaryKey(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    source: text('source', { enum: ['file', 'paper'] }).notNull(),
    fileName: text('file_name'),
    createdAt: text('created_at').notNull(),
    imported: integer('imported').notNull(),
    duplicates: integer('duplicates').notNull(),
    rejected: integer('rejected').notNull(),
  },
  (table) => [
    check('survey_response_batches_source', sql`${table.source} in ('file', 'paper')`),
  ],
);

/**
 * One response. Closed answers are packed one character per closed question of its
 * version (see surveys/answerCodec.ts) so a million rows insert fast and stay small.
 * The only secondary index is the one duplicates are detected with.
 */
export const surveyResponses = sqliteTable(
  'survey_responses',
  {
    id: integer('id').primaryKey(),
    /**
     * Deliberately no foreign key, like batch_id below: the parent lookup it costs on every
     * inserted row is a fifth of a million-row import. Responses are written only for a
     * survey just read, and a survey with responses cannot be deleted.
     */
    surveyId: integer('survey_id').notNull(),
    version: integer('version').notNull(),
    responseKey: text('response_key').notNull(),
    submittedAt: text('submitted_at'),
    quarter: text('quarter').notNull(),
    channel: text('channel'),
    segment: text('segment'),
    language: text('language'),
    /** The batch that brought the response in; no foreign key, for the same reason. */
    batchId: integer('batch_id').notNull(),
    closedAnswers: text('closed_answers').notNull(),
    /** Multiple-choice answers as JSON, null when the version has none. */
    choiceAnswers: text('choice_answers'),
  },
  (table) => [uniqueIndex('survey_responses_key').on(table.surveyId, table.responseKey)],
);

/** Free-text answers, listed, searched and marked for the improvement plan. */
export const surveyTextAnswers = sqliteTable(
  'survey_text_answers',
  {
    id: integer('id').primaryKey(),
    responseId: integer('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    surveyId: integer('survey_id').notNull(),
    questionCode: text('question_code').notNull(),
    text: text('text').notNull(),
    forPlan: integer('for_plan', { mode: 'boolean' }).notNull().default(false),
    markedAt: text('marked_at'),
  },
  (table) => [
    index('survey_text_answers_question').on(table.surveyId, table.questionCode),
  ],
);

/**
 * Running counts kept in the same transaction as the responses they count, so compiling
 * results reads a few hundred rows instead of scanning every response. `question_code`
 * '*' with `answer` '' counts responses; `answer` '' of a question counts who answered it.
 */
export const surveyTallies = sqliteTable(
  'survey_tallies',
  {
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    questionCode: text('question_code').notNull(),
    dimension: text('dimension', {
      enum: ['all', 'channel', 'segment', 'language', 'quarter'],
    }).notNull(),
    groupValue: text('group_value').notNull(),
    answer: text('answer').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [
        table.surveyId,
        table.dimension,
        table.version,
        table.questionCode,
        table.groupValue,
        table.answer,
      ],
    }),
    check(
      'survey_tallies_dimension',
      sql`${table.dimension} in ('all', 'channel', 'segment', 'language', 'quarter')`,
    ),
  ],
);
