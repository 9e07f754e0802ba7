import type Database from 'better-sqlite3';
import { ImportTally, type ImportReport } from '../../../shared/domain/imports';
import { AppError } from '../../../shared/errors';
import type { WorkspaceDb } from '../db/connection';
import type { TabularFile } from '../tabular';
import { mapColumns } from './columns';
import { buildLayout, type VersionLayout } from './layout';
import {
  finishBatch,
  insertBatch,
  readSurvey,
  readVersion,
  segmentCodes,
} from './repository';
import { ResponseWriter } from './responseWriter';
import { RowReader } from './rowReader';
import { languagesOf } from './service';

export interface ImportTarget {
  db: WorkspaceDb;
  sqlite: Database.Database;
  surveyId: number;
}

export interface ImportControl {
  signal: AbortSignal;
  progress: (phase: string, done: number, total: number | null) => void;
}

export function currentLayout(db: WorkspaceDb, surveyId: number): VersionLayout {
  const survey = readSurvey(db, surveyId);
  const version = readVersion(db, surveyId, survey.currentVersion);
  return buildLayout(version.version, version.questions, languagesOf(survey));
}

export function rowReaderFor(
  db: WorkspaceDb,
  surveyId: number,
  layout: VersionLayout,
  headers: readonly string[],
  fileName: string,
): RowReader {
  const survey = readSurvey(db, surveyId);
  return new RowReader({
    layout,
    columns: mapColumns(headers, layout, fileName),
    languages: languagesOf(survey),
    segments: segmentCodes(db),
    period: survey.period,
  });
}

const cancelled = () =>
  new AppError('E_CANCELLED', 'The import was cancelled; nothing was written.');

/** Page cache for a large import, in KiB: enough to hold the key index of a million rows. */
const IMPORT_CACHE_KIB = 64 * 1024;

/**
 * Settings for a large import. A bigger page cache: response ids in arbitrary order (such
 * as UUIDs) insert at random places in the key index, and with SQLite's default 2 MB cache
 * a million of them take several times longer. No automatic checkpoint at its commit: the
 * commit is durable once the write-ahead log is synced, and copying a hundred megabytes of
 * log back into the file is left to the next ordinary commit or to closing the workspace,
 * instead of keeping the person waiting at the end of the import.
 */
export async function withImportSettings<T>(
  sqlite: Database.Database,
  work: () => Promise<T>,
): Promise<T> {
  const cache = Number(sqlite.pragma('cache_size', { simple: true }));
  const checkpoint = Number(sqlite.pragma('wal_autocheckpoint', { simple: true }));
  sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  sqlite.pragma('wal_autocheckpoint = 0');
  try {
    return await work();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
    sqlite.pragma(`wal_autocheckpoint = ${checkpoint}`);
  }
}

/**
 * Runs `work` in one write transaction that may await between chunks: better-sqlite3's
 * transaction helper is synchronous, and the dispatcher's queue keeps every other call off
 * this connection until it ends. Any failure or cancellation rolls everything back.
 */
export async function inTransaction<T>(
  sqlite: Database.Database,
  work: () => Promise<T>,
): Promise<T> {
  sqlite.exec('begin immediate');
  try {
    const result = await work();
    sqlite.exec('commit');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  }
}

/** Imports a whole response file as one transaction; a rejected or cancelled file writes nothing. */
export async function importResponseFile(
  target: ImportTarget,
  file: TabularFile,
  control: ImportControl,
): Promise<ImportReport> {
  const { db, sqlite, surveyId } = target;
  const layout = currentLayout(db, surveyId);
  const reader = rowReaderFor(db, surveyId, layout, file.headers, file.fileName);
  const tally = new ImportTally();
  return withImportSettings(sqlite, () =>
    inTransaction(sqlite, async () => {
      const batchId = insertBatch(db, surveyId, 'file', file.fileName);
      const writer = new ResponseWriter(
        sqlite,
        { surveyId, batchId, layout, keys: 'content' },
        tally,
      );
      for await (const batch of file.batches()) {
        if (control.signal.aborted) throw cancelled();
        for (const problem of batch.malformed)
          tally.reject(problem.row, '', problem.reason);
        const { rows, numbers } = batch;
        for (let index = 0; index < rows.length; index += 1) {
          const parsed = reader.read(
            rows[index] as string[],
            numbers[index] as number,
            tally,
          );
          if (parsed) writer.add(parsed);
        }
        control.progress('importing', file.bytesRead(), file.sizeBytes);
      }
      if (control.signal.aborted) throw cancelled();
      control.progress('counting', file.sizeBytes, file.sizeBytes);
      writer.finish();
      finishBatch(db, batchId, {
        imported: tally.imported,
        duplicates: tally.duplicates,
        rejected: tally.rejectedTotal,
      });
      return tally.report();
    }),
  );
}
