import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportKind } from '../../../../shared/contract/actionPlan';
import { ImportTally, type ImportReport } from '../../../../shared/domain/imports';
import { AppError } from '../../../../shared/errors';
import type { Logger } from '../../../common/logger';
import type { OpenWorkspace } from '../../workspace/session';
import { fileProblem, openTabularFile, type TabularFile } from '../../tabular';
import type { Row } from './cells';
import { IMPORT_SPECS, judgeRow, loadContext, type ImportKindSpec } from './kinds';

/** Action-plan spreadsheets are small next to survey files; these limits refuse anything odd. */
export const ACTION_PLAN_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 60,
};

export interface ImportJob {
  workspace: OpenWorkspace;
  kind: ImportKind;
  path: string;
  /** False for a preview: every row is judged, then everything is rolled back. */
  commit: boolean;
  signal: AbortSignal;
  progress: (phase: string, done: number, total: number | null) => void;
  log: Logger;
}

/** Refuses the whole file when its header does not fit the kind: nothing is read past row 1. */
export function checkColumns(
  spec: ImportKindSpec,
  kind: ImportKind,
  file: Pick<TabularFile, 'fileName' | 'headers'>,
) {
  const known = [...spec.required, ...spec.optional];
  const columns = file.headers.map((header) => header.toLowerCase());
  const unknown = file.headers.filter(
    (_header, index) => !known.includes(columns[index] ?? ''),
  );
  if (unknown.length > 0) {
    throw fileProblem(
      file.fileName,
      `has columns a ${kind} import does not know: ${unknown.join(', ')}. The columns ` +
        `are ${known.join(', ')}`,
      { row: 1, column: unknown[0] },
    );
  }
  const missing = spec.required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw fileProblem(
      file.fileName,
      `lacks the required columns ${missing.join(', ')} for a ${kind} import`,
      {
        row: 1,
      },
    );
  }
  return columns;
}

function toRecord(columns: string[], cells: string[]): Row {
  const row: Row = {};
  columns.forEach((column, index) => {
    row[column] = cells[index] ?? '';
  });
  return row;
}

async function judgeFile(
  job: ImportJob,
  file: TabularFile,
  tally: ImportTally,
): Promise<void> {
  const spec = IMPORT_SPECS[job.kind];
  const columns = checkColumns(spec, job.kind, file);
  const context = loadContext(job.workspace.db);
  const seen = new Set<string>();
  for await (const batch of file.batches()) {
    for (const malformed of batch.malformed)
      tally.reject(malformed.row, '', malformed.reason);
    batch.rows.forEach((cells, index) => {
      const rowNumber = batch.numbers[index] ?? 0;
      const outcome = judgeRow(spec, toRecord(columns, cells), context, seen);
      switch (outcome.status) {
        case 'rejected':
          tally.reject(rowNumber, outcome.column, outcome.reason);
          break;
        case 'duplicate':
          tally.duplicates += 1;
          break;
        case 'valid':
          outcome.write();
          seen.add(outcome.key);
          tally.imported += 1;
          break;
        default: {
          const unreachable: never = outcome;
          throw new Error(`Unexpected outcome ${JSON.stringify(unreachable)}`);
        }
      }
    });
    job.progress('reading', file.bytesRead(), file.sizeBytes);
    if (job.signal.aborted)
      throw new AppError(
        'E_CANCELLED',
        `The import of ${file.fileName} was cancelled; nothing was changed.`,
      );
    // Lets a cancel request and progress events through between batches.
    await nextTurn();
  }
}

/**
 * Imports one file in a single transaction held open across batches; the dispatcher runs one
 * call at a time, so nothing else writes inside it. A file refused whole, a cancel or a
 * preview rolls everything back.
 */
export async function runImport(job: ImportJob): Promise<ImportReport> {
  const file = await openTabularFile(job.path, { limits: ACTION_PLAN_LIMITS });
  const { sqlite } = job.workspace;
  const tally = new ImportTally();
  try {
    sqlite.exec('begin immediate');
    try {
      await judgeFile(job, file, tally);
      sqlite.exec(job.commit ? 'commit' : 'rollback');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('rollback');
      throw error;
    }
  } finally {
    await file.close();
  }
  const report = tally.report();
  job.progress('done', 1, 1);
  job.log.info(job.commit ? 'imported' : 'previewed', {
    kind: job.kind,
    file: file.fileName,
    imported: report.imported,
    duplicates: report.duplicates,
    rejected: report.rejectedTotal,
  });
  return report;
}
