import { fileProblem } from './errors';
import type { RecordBatch, RowBatch, TabularLimits } from './types';

/** Refuses a header row with an empty or repeated name, or more columns than allowed. */
export function checkHeaders(
  record: string[] | undefined,
  fileName: string,
  limits: TabularLimits,
): string[] {
  if (!record || record.every((cell) => cell.trim() === '')) {
    throw fileProblem(fileName, 'has no header row; row 1 must name the columns');
  }
  let headers = record.map((cell) => cell.trim());
  // Spreadsheets often save trailing empty header cells; they name no column.
  while (headers.length > 0 && headers[headers.length - 1] === '')
    headers = headers.slice(0, -1);
  if (headers.length > limits.maxColumns) {
    throw fileProblem(
      fileName,
      `has ${headers.length} columns, over the limit of ${limits.maxColumns}`,
      { row: 1 },
    );
  }
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    if (header === '') {
      throw fileProblem(fileName, `column ${index + 1} has an empty header`, { row: 1 });
    }
    const folded = header.toLowerCase();
    if (seen.has(folded)) {
      throw fileProblem(fileName, 'this header appears twice', {
        row: 1,
        column: header,
      });
    }
    seen.add(folded);
  });
  return headers;
}

function isBlank(record: string[]): boolean {
  for (const cell of record) if (cell !== '') return false;
  return true;
}

/** -2 when every cell is empty, the index of the first over-long cell, or -1. */
function scanCells(record: string[], limit: number): number {
  let blank = true;
  for (let index = 0; index < record.length; index += 1) {
    const length = (record[index] as string).length;
    if (length > limit) return index;
    if (length > 0) blank = false;
  }
  return blank ? -2 : -1;
}

/**
 * Fits each record to the header: short rows are padded, empty trailing cells dropped, and a
 * row with data past the last header is reported rather than guessed at. Wholly blank rows
 * are skipped, as a spreadsheet shows them as nothing.
 */
export function shapeRows(
  batch: RecordBatch,
  width: number,
  limits: TabularLimits,
): RowBatch {
  const shaped: RowBatch = { numbers: [], rows: [], malformed: [] };
  const { records, numbers } = batch;
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as string[];
    const row = numbers[index] as number;
    const scan = scanCells(record, limits.maxCellChars);
    if (scan === -2) continue;
    if (scan >= 0) {
      shaped.malformed.push({
        row,
        reason: `cell ${scan + 1} is longer than ${limits.maxCellChars} characters`,
      });
      continue;
    }
    if (record.length > width) {
      if (!isBlank(record.slice(width))) {
        shaped.malformed.push({
          row,
          reason:
            `has ${record.length} cells but the header names ${width} columns ` +
            `(an unquoted comma?)`,
        });
        continue;
      }
      record.length = width;
    }
    while (record.length < width) record.push('');
    shaped.numbers.push(row);
    shaped.rows.push(record);
  }
  return shaped;
}
