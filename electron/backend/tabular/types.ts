/** Limits every tabular file is held to; a file over one is refused, never truncated. */
export interface TabularLimits {
  /** Size of the file on disk. */
  maxBytes: number;
  /** Data rows after the header. */
  maxRows: number;
  maxColumns: number;
  /** Characters in one cell; Excel itself stops at 32,767. */
  maxCellChars: number;
  /** XLSX only: the sum of the sizes its zip entries declare once inflated. */
  maxInflatedBytes: number;
  /** XLSX only: entries in the zip. */
  maxZipEntries: number;
}

export const DEFAULT_TABULAR_LIMITS: TabularLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxRows: 2_000_000,
  maxColumns: 500,
  maxCellChars: 32_767,
  maxInflatedBytes: 2 * 1024 * 1024 * 1024,
  maxZipEntries: 10_000,
};

/** A row that could not be read as one record of the header's columns. */
export interface MalformedRow {
  row: number;
  reason: string;
}

/** A slice of data rows, every cell a string exactly as the file holds it. */
export interface RowBatch {
  /** Each row's number as a spreadsheet shows it (the header is row 1), parallel to `rows`. */
  numbers: number[];
  /** Rows with exactly one cell per header; a short row is padded with empty cells. */
  rows: string[][];
  malformed: MalformedRow[];
}

export type TabularFormat = 'csv' | 'xlsx';

export interface TabularFile {
  fileName: string;
  format: TabularFormat;
  headers: string[];
  sizeBytes: number;
  /** Bytes of the file consumed so far, for progress. */
  bytesRead(): number;
  /** Data rows in batches. Throws E_IMPORT_FORMAT when the file breaks a rule part-way. */
  batches(): AsyncGenerator<RowBatch>;
  /** Releases the file; safe to call more than once, and after a partial read. */
  close(): Promise<void>;
}

/** Records as they come off a parser, before the header is split off. */
export interface RecordBatch {
  numbers: number[];
  records: string[][];
}
