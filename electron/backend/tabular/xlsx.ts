import ExcelJS from 'exceljs';
import type { CellValue, Row } from 'exceljs';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { cellText, DAYS_1900_TO_1904 } from './cellText';
import type { RecordBatch } from './types';

const BATCH_ROWS = 5000;

export interface XlsxReaderState {
  bytesRead: number;
  destroy: () => void;
}

/** exceljs keeps the parsed workbook properties untyped on the streaming reader. */
interface ReaderWithProperties {
  properties?: { model?: { date1904?: boolean } };
}

function rowCells(row: Row, shiftDays: number): string[] {
  const values = row.values as CellValue[];
  const cells: string[] = [];
  for (let column = 1; column < values.length; column += 1) {
    cells.push(cellText(values[column], shiftDays));
  }
  return cells;
}

/**
 * Reads the first worksheet of a workbook as records, streaming so a large sheet is never
 * built in memory as a whole workbook. Missing rows (never written in the sheet) are skipped,
 * and each record keeps its sheet row number.
 */
export async function* readXlsxRecords(
  path: string,
  date1904: boolean,
  state: XlsxReaderState,
): AsyncGenerator<RecordBatch> {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      state.bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  const source = createReadStream(path);
  state.destroy = () => {
    source.destroy();
    counter.destroy();
  };
  source.pipe(counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counter, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let shiftDays: number | null = null;
  let batch: RecordBatch = { numbers: [], records: [] };
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      // exceljs applies the 1904 system only when it met workbook.xml before the sheet.
      shiftDays ??=
        date1904 &&
        !(reader as unknown as ReaderWithProperties).properties?.model?.date1904
          ? DAYS_1900_TO_1904
          : 0;
      batch.numbers.push(row.number);
      batch.records.push(rowCells(row, shiftDays));
      if (batch.records.length >= BATCH_ROWS) {
        yield batch;
        batch = { numbers: [], records: [] };
      }
    }
    break;
  }
  if (batch.records.length > 0) yield batch;
}
