import { CHANNEL_LABELS, RESPONSE_CHANNELS } from '../../../shared/domain/channels';
import type { RejectionSink } from '../../../shared/domain/imports';
import {
  foldLabel,
  MAX_TEXT_ANSWER,
  MULTI_SEPARATOR,
} from '../../../shared/domain/surveyAnswers';
import { LANGUAGE_NAMES, type SurveyLanguage } from '../../../shared/domain/surveys';
import type { ColumnMap, QuestionColumn } from './columns';
import { DateReader, type ReadDate } from './dates';
import { encodePosition, NOT_ANSWERED, type VersionLayout } from './layout';

/** One valid row, ready to store and count. */
export interface ParsedResponse {
  row: number;
  /** The file's response_id, or null when one must be generated. */
  key: string | null;
  submittedAt: string | null;
  quarter: string;
  /** '' when not recorded. */
  channel: string;
  segment: string;
  language: string;
  closed: string;
  /** Positions chosen per multiple-choice question, or null when the version has none. */
  multi: number[][] | null;
  /** Per free-text question, '' when blank; null when the version has none. */
  texts: string[] | null;
}

export interface RowContext {
  layout: VersionLayout;
  columns: ColumnMap;
  languages: readonly SurveyLanguage[];
  /** Folded segment code to the workspace's spelling. */
  segments: ReadonlyMap<string, string>;
  /** The survey's quarter, for responses without a date. */
  period: string;
}

const MAX_RESPONSE_ID = 100;

function channelLookup(): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const channel of RESPONSE_CHANNELS) {
    lookup.set(channel, channel);
    lookup.set(foldLabel(CHANNEL_LABELS[channel]), channel);
  }
  return lookup;
}

function languageLookup(languages: readonly SurveyLanguage[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const language of languages) {
    lookup.set(language, language);
    lookup.set(foldLabel(LANGUAGE_NAMES[language].english), language);
    lookup.set(foldLabel(LANGUAGE_NAMES[language].own), language);
  }
  return lookup;
}

class RowRejected extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Checks and converts the rows of one import. Any invalid value rejects its whole row, with
 * the column and the rule it broke; the first such value is the one reported.
 */
export class RowReader {
  private readonly channels = channelLookup();
  private readonly languageNames: Map<string, string>;
  private readonly dates = new DateReader();
  private readonly closedColumns: (QuestionColumn | null)[];
  private readonly multiColumns: (QuestionColumn | null)[];
  private readonly textColumns: (QuestionColumn | null)[];

  constructor(private readonly context: RowContext) {
    this.languageNames = languageLookup(context.languages);
    const { layout, columns } = context;
    const columnOf = (code: string) =>
      columns.questions.find((column) => column.layout.question.code === code) ?? null;
    this.closedColumns = layout.closed.map((entry) => columnOf(entry.question.code));
    this.multiColumns = layout.multi.map((entry) => columnOf(entry.question.code));
    this.textColumns = layout.text.map((entry) => columnOf(entry.question.code));
  }

  /** The parsed row, or null after recording why it was rejected. */
  read(
    cells: readonly string[],
    row: number,
    rejections: RejectionSink,
  ): ParsedResponse | null {
    try {
      return this.parse(cells, row);
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      rejections.reject(row, error.column, error.reason);
      return null;
    }
  }

  private parse(cells: readonly string[], row: number): ParsedResponse {
    const closed = this.readClosed(cells);
    const multi = this.readMulti(cells);
    const texts = this.readTexts(cells);
    if (!answersAnything(closed, multi, texts)) {
      throw new RowRejected('', 'the row answers no question');
    }
    const date = this.readDate(cells);
    return {
      row,
      key: this.readKey(cells),
      submittedAt: date?.iso ?? null,
      quarter: date?.quarter ?? this.context.period,
      channel: this.readChoice(cells, 'channel', this.channels, RESPONSE_CHANNELS),
      segment: this.readChoice(cells, 'segment', this.context.segments, null),
      language: this.readChoice(
        cells,
        'language',
        this.languageNames,
        this.context.languages,
      ),
      closed,
      multi,
      texts,
    };
  }

  private readClosed(cells: readonly string[]): string {
    let packed = '';
    for (let index = 0; index < this.closedColumns.length; index += 1) {
      const column = this.closedColumns[index];
      const raw = column ? (cells[column.index] as string) : '';
      if (raw.length === 1) {
        const code = raw.charCodeAt(0);
        const quick =
          code < 128 ? (column as QuestionColumn).layout.singleCharacter[code] : 0;
        if (quick) {
          packed += encodePosition(quick);
          continue;
        }
      }
      if (raw === '' || raw.trim() === '') {
        if (column?.layout.question.required) throw this.requiredMissing(column);
        packed += NOT_ANSWERED;
        continue;
      }
      const lookup = (column as QuestionColumn).layout.lookup;
      const position = lookup.get(raw) ?? lookup.get(foldLabel(raw));
      if (position === undefined) throw this.unknownAnswer(column as QuestionColumn, raw);
      packed += encodePosition(position);
    }
    return packed;
  }

  private readMulti(cells: readonly string[]): number[][] | null {
    if (this.multiColumns.length === 0) return null;
    return this.multiColumns.map((column) => {
      const raw = column ? (cells[column.index] as string).trim() : '';
      if (raw === '') {
        if (column?.layout.question.required) throw this.requiredMissing(column);
        return [];
      }
      const chosen = new Set<number>();
      for (const part of raw.split(MULTI_SEPARATOR)) {
        if (part.trim() === '') continue;
        const position = (column as QuestionColumn).layout.lookup.get(foldLabel(part));
        if (position === undefined)
          throw this.unknownAnswer(column as QuestionColumn, part);
        chosen.add(position);
      }
      return [...chosen].sort((a, b) => a - b);
    });
  }

  private readTexts(cells: readonly string[]): string[] | null {
    if (this.textColumns.length === 0) return null;
    return this.textColumns.map((column) => {
      const text = column ? (cells[column.index] as string).trim() : '';
      if (text === '' && column?.layout.question.required)
        throw this.requiredMissing(column);
      if (column && text.length > MAX_TEXT_ANSWER) {
        throw new RowRejected(
          column.header,
          `is longer than ${MAX_TEXT_ANSWER} characters`,
        );
      }
      return text;
    });
  }

  private metadataValue(cells: readonly string[], name: 'response_id' | 'submitted_at') {
    const column = this.context.columns.metadata[name];
    return column ? (cells[column.index] as string).trim() : '';
  }

  private headerOf(name: 'response_id' | 'submitted_at'): string {
    return this.context.columns.metadata[name]?.header ?? name;
  }

  private readKey(cells: readonly string[]): string | null {
    const value = this.metadataValue(cells, 'response_id');
    if (value === '') return null;
    if (value.length > MAX_RESPONSE_ID) {
      throw new RowRejected(
        this.headerOf('response_id'),
        `is longer than ${MAX_RESPONSE_ID} characters`,
      );
    }
    // A short cell is already a copy; a long one is a slice pinning its whole file chunk.
    return value.length < 13 ? value : ` ${value}`.slice(1);
  }

  private readDate(cells: readonly string[]): ReadDate | null {
    const value = this.metadataValue(cells, 'submitted_at');
    if (value === '') return null;
    const parsed = this.dates.read(value);
    if (parsed === null) {
      throw new RowRejected(
        this.headerOf('submitted_at'),
        `\u201c${clip(value)}\u201d is not a date; write YYYY-MM-DD, an ISO date-time or M/D/YYYY`,
      );
    }
    return parsed;
  }

  private readChoice(
    cells: readonly string[],
    name: 'channel' | 'segment' | 'language',
    lookup: ReadonlyMap<string, string>,
    allowed: readonly string[] | null,
  ): string {
    const column = this.context.columns.metadata[name];
    if (!column) return '';
    const cell = cells[column.index] as string;
    if (cell === '') return '';
    const found = lookup.get(cell);
    if (found !== undefined) return found;
    const raw = cell.trim();
    if (raw === '') return '';
    const folded = lookup.get(foldLabel(raw));
    if (folded !== undefined) return folded;
    const expected =
      allowed === null
        ? 'a segment code of this workspace'
        : `one of ${allowed.join(', ')}`;
    throw new RowRejected(column.header, `\u201c${clip(raw)}\u201d is not ${expected}`);
  }

  private requiredMissing(column: QuestionColumn): RowRejected {
    return new RowRejected(
      column.header,
      'this question is required but is not answered',
    );
  }

  private unknownAnswer(column: QuestionColumn, raw: string): RowRejected {
    const { keys, question } = column.layout;
    const hint =
      question.type === 'agreement5'
        ? 'a number from 1 to 5 or its label'
        : question.type === 'scale0to10'
          ? 'a number from 0 to 10'
          : `one of ${keys.join(', ')}`;
    return new RowRejected(column.header, `\u201c${clip(raw)}\u201d is not ${hint}`);
  }
}

function answersAnything(
  closed: string,
  multi: number[][] | null,
  texts: string[] | null,
): boolean {
  for (let index = 0; index < closed.length; index += 1) {
    if (closed[index] !== NOT_ANSWERED) return true;
  }
  if (multi?.some((chosen) => chosen.length > 0)) return true;
  return texts?.some((text) => text !== '') ?? false;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
