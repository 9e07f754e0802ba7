import type Database from 'better-sqlite3';
import type { ImportTally } from '../../../shared/domain/imports';
import { ContentKeys } from './keys';
import type { VersionLayout } from './layout';
import type { ParsedResponse } from './rowReader';
import { TallyAccumulator } from './tallyAccumulator';

/** Rows per insert statement: one statement per row would spend most of the time binding. */
const ROWS_PER_INSERT = 250;
const COLUMNS = [
  'survey_id',
  'version',
  'response_key',
  'submitted_at',
  'quarter',
  'channel',
  'segment',
  'language',
  'batch_id',
  'closed_answers',
  'choice_answers',
] as const;

export interface WriterTarget {
  surveyId: number;
  batchId: number;
  layout: VersionLayout;
  /** How keys are made for responses that have none. */
  keys: 'content' | 'sequence';
}

function contentOf(response: ParsedResponse): string {
  return [
    response.submittedAt ?? '',
    response.channel,
    response.segment,
    response.language,
    response.closed,
    response.multi ? JSON.stringify(response.multi) : '',
    response.texts ? response.texts.join('\u001f') : '',
  ].join('\u001e');
}

interface StoredKey {
  id: number;
}

/**
 * Writes validated responses inside the caller's transaction in multi-row `insert or
 * ignore` statements: the unique key index skips a response_id seen before, in this file
 * or an earlier one. Only rows really inserted are counted into the tallies. Rowids of one
 * statement are consecutive after the table's largest, so they are known without asking;
 * only a statement that skipped rows has its rows looked up.
 */
export class ResponseWriter {
  private readonly pending: ParsedResponse[] = [];
  private readonly params: unknown[] = [];
  private readonly statements = new Map<number, Database.Statement>();
  private readonly tallies: TallyAccumulator;
  private readonly contentKeys = new ContentKeys();
  private readonly insertText: Database.Statement;
  private readonly lookup: Database.Statement;
  private lastId: number;
  private sequence = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly target: WriterTarget,
    private readonly report: ImportTally,
  ) {
    this.tallies = new TallyAccumulator(target.layout);
    this.lookup = sqlite.prepare(
      'select id from survey_responses where survey_id = ? and response_key = ?',
    );
    this.lastId = Number(
      sqlite.prepare('select coalesce(max(id), 0) from survey_responses').pluck().get(),
    );
    this.insertText = sqlite.prepare(
      'insert into survey_text_answers (response_id, survey_id, question_code, text) ' +
        'values (?, ?, ?, ?)',
    );
  }

  add(response: ParsedResponse): void {
    const key = response.key ?? this.generateKey(response);
    response.key = key;
    this.pending.push(response);
    const { surveyId, batchId, layout } = this.target;
    this.params.push(
      surveyId,
      layout.version,
      key,
      response.submittedAt,
      response.quarter,
      response.channel || null,
      response.segment || null,
      response.language || null,
      batchId,
      response.closed,
      response.multi ? JSON.stringify(response.multi) : null,
    );
    if (this.pending.length === ROWS_PER_INSERT) this.writePending();
  }

  /** Writes what is still pending and adds the tallies; the caller then commits. */
  finish(): void {
    this.writePending();
    this.tallies.flush(this.sqlite, this.target.surveyId);
  }

  private generateKey(response: ParsedResponse): string {
    if (this.target.keys === 'content') return this.contentKeys.next(contentOf(response));
    this.sequence += 1;
    return `paper-${this.target.batchId}-${this.sequence}`;
  }

  private statement(rows: number): Database.Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
      // No RETURNING: the ids are known from the rowids, and SQLite would buffer every
      // returned row of the statement, which costs a fifth of the insert.
      statement = this.sqlite.prepare(
        `insert or ignore into survey_responses (${COLUMNS.join(', ')}) values ${Array(
          rows,
        )
          .fill(tuple)
          .join(', ')}`,
      );
      this.statements.set(rows, statement);
    }
    return statement;
  }

  private writePending(): void {
    const rows = this.pending.length;
    if (rows === 0) return;
    const before = this.lastId;
    const result = this.statement(rows).run(this.params);
    if (result.changes > 0) this.lastId = Number(result.lastInsertRowid);
    this.report.duplicates += rows - result.changes;
    const ids =
      result.changes === rows
        ? this.pending.map((_response, index) => before + 1 + index)
        : this.insertedIds(before);
    this.pending.forEach((response, index) => {
      const id = ids[index];
      if (id === undefined) return;
      this.report.imported += 1;
      this.tallies.add(response);
      if (response.texts) this.writeTexts(response, id);
    });
    this.pending.length = 0;
    this.params.length = 0;
  }

  /**
   * After a statement skipped rows: each pending row's id when this statement inserted it.
   * A key repeated within the statement belongs to its first occurrence only.
   */
  private insertedIds(before: number): (number | undefined)[] {
    const claimed = new Set<string>();
    return this.pending.map((response) => {
      const key = response.key as string;
      const stored = this.lookup.get(this.target.surveyId, key) as StoredKey | undefined;
      if (!stored || stored.id <= before || claimed.has(key)) return undefined;
      claimed.add(key);
      return stored.id;
    });
  }

  private writeTexts(response: ParsedResponse, responseId: number): void {
    const { layout, surveyId } = this.target;
    response.texts?.forEach((text, index) => {
      if (text === '') return;
      const code = (layout.text[index] as { question: { code: string } }).question.code;
      this.insertText.run(responseId, surveyId, code, text);
    });
  }
}
