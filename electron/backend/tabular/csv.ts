import Papa from 'papaparse';
import type { FileHandle } from 'node:fs/promises';
import { StrictTextDecoder } from './decode';
import { fileProblem } from './errors';
import type { RecordBatch, TabularLimits } from './types';

/**
 * Small enough that a chunk's rows die young in the garbage collector, large enough that
 * per-chunk overhead does not show.
 */
const CHUNK_BYTES = 256 * 1024;

interface RawParseResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}

/** papaparse's own types leave the raw parser's result untyped; this is its documented shape. */
interface RawParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): RawParseResult;
}

function lineBreakOf(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted field is never closed',
  InvalidQuotes: 'a quote inside a quoted field is not doubled ("")',
};

export interface CsvReaderState {
  bytesRead: number;
}

/**
 * Reads a CSV file as records in batches, one file chunk at a time, so a million-row file is
 * never held whole. Every cell stays the exact string the file holds: no type coercion.
 * The raw papaparse parser is fed each chunk with the unfinished last record held back, so
 * quoted fields may span chunks.
 */
export async function* readCsvRecords(
  handle: FileHandle,
  fileName: string,
  limits: TabularLimits,
  state: CsvReaderState,
): AsyncGenerator<RecordBatch> {
  const decoder = new StrictTextDecoder(fileName);
  let parser: RawParser | null = null;
  let carry = '';
  let nextRecordNumber = 1;
  // A quoted field that never closes would otherwise make the held-back text grow forever.
  const maxCarry = limits.maxCellChars * Math.min(limits.maxColumns, 64) + CHUNK_BYTES;

  // One buffer serves every chunk: decoding copies the bytes out before the next read.
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
    state.bytesRead += bytesRead;
    const final = bytesRead === 0;
    const text = carry + decoder.decode(buffer.subarray(0, bytesRead), final);
    if (!final && text.length === 0) continue;
    parser ??= new Papa.Parser({
      delimiter: ',',
      newline: lineBreakOf(text),
    }) as unknown as RawParser;
    const result = parser.parse(text, 0, !final);
    const firstError = result.errors[0];
    if (firstError) {
      throw fileProblem(fileName, QUOTE_ERRORS[firstError.code] ?? firstError.code, {
        row: nextRecordNumber + firstError.row,
      });
    }
    carry = final ? '' : text.slice(result.meta.cursor);
    if (carry.length > maxCarry) {
      throw fileProblem(
        fileName,
        'a quoted field is never closed, or a row is too long',
        {
          row: nextRecordNumber + result.data.length,
        },
      );
    }
    const numbers = result.data.map((_record, index) => nextRecordNumber + index);
    nextRecordNumber += result.data.length;
    if (result.data.length > 0) yield { numbers, records: result.data };
    if (final) return;
  }
}
