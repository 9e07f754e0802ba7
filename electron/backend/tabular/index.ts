import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { readCsvRecords } from './csv';
import { fileProblem } from './errors';
import { checkHeaders, shapeRows } from './rows';
import {
  DEFAULT_TABULAR_LIMITS,
  type RecordBatch,
  type RowBatch,
  type TabularFile,
  type TabularFormat,
  type TabularLimits,
} from './types';
import type { XlsxReaderState } from './xlsx';
import { surveyZip } from './zipGuard';

export { DEFAULT_TABULAR_LIMITS } from './types';
export type {
  MalformedRow,
  RowBatch,
  TabularFile,
  TabularFormat,
  TabularLimits,
} from './types';
export { fileProblem } from './errors';

export interface OpenTabularOptions {
  limits?: Partial<TabularLimits>;
}

export function tabularFormatOf(path: string): TabularFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw fileProblem(
    basename(path),
    'is neither a CSV (.csv) nor an Excel workbook (.xlsx)',
  );
}

async function sizeOf(path: string, fileName: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw fileProblem(fileName, 'is not a file');
    return info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('E_FILE_NOT_FOUND', `${fileName} cannot be found or read.`, {
      file: fileName,
    });
  }
}

interface Source {
  records: AsyncGenerator<RecordBatch>;
  bytesRead: () => number;
  release: () => Promise<void>;
}

function csvSource(handle: FileHandle, fileName: string, limits: TabularLimits): Source {
  const state = { bytesRead: 0 };
  return {
    records: readCsvRecords(handle, fileName, limits, state),
    bytesRead: () => state.bytesRead,
    release: () => handle.close(),
  };
}

async function xlsxSource(
  path: string,
  handle: FileHandle,
  size: number,
  fileName: string,
  limits: TabularLimits,
): Promise<Source> {
  const { date1904 } = await surveyZip(handle, size, fileName, limits).finally(() =>
    handle.close(),
  );
  // exceljs is loaded only when a workbook is read: it costs tens of megabytes of memory.
  const { readXlsxRecords } = await import('./xlsx');
  const state: XlsxReaderState = { bytesRead: 0, destroy: () => undefined };
  return {
    records: readXlsxRecords(path, date1904, state),
    bytesRead: () => state.bytesRead,
    release: () => {
      state.destroy();
      return Promise.resolve();
    },
  };
}

/** Makes releasing the file safe to repeat: a reader may be closed by its consumer and its loop. */
function once(source: Source): Source {
  let released: Promise<void> | null = null;
  return { ...source, release: () => (released ??= source.release()) };
}

function unreadable(fileName: string, format: TabularFormat, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const what =
    format === 'xlsx' ? 'an Excel workbook this app can read' : 'readable text';
  const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
  return fileProblem(fileName, `is not ${what}${detail}`);
}

/**
 * Opens a CSV or XLSX file for reading in batches: row 1 is the header; every cell is a
 * string. Limits are checked up front where they can be, and as rows stream past otherwise;
 * a file over a limit is refused whole.
 */
export async function openTabularFile(
  path: string,
  options: OpenTabularOptions = {},
): Promise<TabularFile> {
  const limits = { ...DEFAULT_TABULAR_LIMITS, ...options.limits };
  const fileName = basename(path);
  const format = tabularFormatOf(path);
  const size = await sizeOf(path, fileName);
  if (size > limits.maxBytes) {
    throw fileProblem(fileName, `is ${size} bytes, over the limit of ${limits.maxBytes}`);
  }
  const handle = await open(path, 'r');
  const source = once(
    format === 'csv'
      ? csvSource(handle, fileName, limits)
      : await xlsxSource(path, handle, size, fileName, limits),
  );
  let first: IteratorResult<RecordBatch>;
  try {
    first = await source.records.next();
  } catch (error) {
    await source.release();
    throw unreadable(fileName, format, error);
  }
  const firstBatch = first.done ? undefined : first.value;
  if (firstBatch && firstBatch.numbers[0] !== 1) {
    await source.release();
    throw fileProblem(fileName, 'row 1 is empty; it must name the columns');
  }
  let headers: string[];
  try {
    headers = checkHeaders(firstBatch?.records[0], fileName, limits);
  } catch (error) {
    await source.release();
    throw error;
  }
  const rest: RecordBatch | undefined = firstBatch && {
    numbers: firstBatch.numbers.slice(1),
    records: firstBatch.records.slice(1),
  };
  return {
    fileName,
    format,
    headers,
    sizeBytes: size,
    bytesRead: source.bytesRead,
    batches: () =>
      shapedBatches(rest, source, { fileName, format, limits, width: headers.length }),
    close: source.release,
  };
}

interface ShapeContext {
  fileName: string;
  format: TabularFormat;
  limits: TabularLimits;
  width: number;
}

async function* shapedBatches(
  first: RecordBatch | undefined,
  source: Source,
  context: ShapeContext,
): AsyncGenerator<RowBatch> {
  let dataRows = 0;
  const shape = (batch: RecordBatch): RowBatch => {
    dataRows += batch.records.length;
    if (dataRows > context.limits.maxRows) {
      throw fileProblem(
        context.fileName,
        `has more than ${context.limits.maxRows} data rows, the most one import takes; ` +
          'split it into smaller files',
      );
    }
    return shapeRows(batch, context.width, context.limits);
  };
  try {
    if (first && first.records.length > 0) yield shape(first);
    for (;;) {
      let next: IteratorResult<RecordBatch>;
      try {
        next = await source.records.next();
      } catch (error) {
        throw unreadable(context.fileName, context.format, error);
      }
      if (next.done) return;
      yield shape(next.value);
    }
  } finally {
    await source.release();
  }
}
