import type Database from 'better-sqlite3';
import type { ImportTally } from '../../../shared/domain/imports';
import { ContentKeys, SeenKeys } from './keys';
import type { VersionLayout } from './layout';
import type { ParsedResponse } from './rowReader';
import { TallyAccumulator } from './tallyAccumulator';

/** Rows per insert statement: one statement per row would spend most of the time binding. */
const ROWS_PER_INSERT = 100;
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

/**
 * Writes validated responses inside the caller's transaction: skips keys already seen in
 * this batch or stored before, inserts in multi-row statements, stores free text, and
 * counts only what was really inserted into the tallies.
 */
export class ResponseWriter {
  private readonly pending: ParsedResponse[] = [];
  private readonly params: unknown[] = [];
  private readonly statements = new Map<number, Database.Statement>();
  private readonly tallies: TallyAccumulator;
  private readonly seen: SeenKeys;
  private readonly contentKeys = new ContentKeys();
  private readonly insertText: Database.Statement;
  private sequence = 0;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly target: WriterTarget,
    private readonly report: ImportTally,
  ) {
    this.tallies = new TallyAccumulator(target.layout);
    const lookup = sqlite.prepare(
      'select 1 from survey_responses where survey_id = ? and response_key = ?',
    );
    this.seen = new SeenKeys((key) => lookup.get(target.surveyId, key) !== undefined);
    this.insertText = sqlite.prepare(
      'insert into survey_text_answers (response_id, survey_id, question_code, text) values (?, ?, ?, ?)',
    );
  }

  add(response: ParsedResponse): void {
    const key = response.key ?? this.generateKey(response);
    response.key = key;
    if (this.seen.repeat(key)) {
      this.report.duplicates += 1;
      return;
    }
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
      statement = this.sqlite
        .prepare(
          `insert or ignore into survey_responses (${COLUMNS.join(', ')}) values ${Array(
            rows,
          )
            .fill(tuple)
            .join(', ')} returning id, response_key`,
        )
        .raw(true);
      this.statements.set(rows, statement);
    }
    return statement;
  }

  private writePending(): void {
    const rows = this.pending.length;
    if (rows === 0) return;
    const inserted = this.statement(rows).all(this.params) as [number, string][];
    this.seen.written();
    this.report.duplicates += rows - inserted.length;
    const ids = new Map<string, number>();
    for (const [id, key] of inserted) ids.set(key, id);
    for (const response of this.pending) {
      const id = ids.get(response.key as string);
      if (id === undefined) continue;
      this.report.imported += 1;
      this.tallies.add(response);
      if (response.texts) this.writeTexts(response, id);
    }
    this.pending.length = 0;
    this.params.length = 0;
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
