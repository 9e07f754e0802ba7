import type Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { compareVersions } from '../../../shared/version';
import type { Logger } from '../../common/logger';
import { automaticBackupPath, pruneAutomaticBackups, writeBackup } from './backup';
import { APPLICATION_ID, connect, connectReadOnly, type Connection } from './connection';
import { migrationState, runMigrations, type ShippedMigrations } from './migrations';
import { appErrorFromSqlite } from './sqliteErrors';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface IntegrityResult {
  checkedAt: string;
  ok: boolean;
  messages: string[];
}

export interface OpenedFile extends Connection {
  path: string;
  integrity: IntegrityResult;
  schemaVersion: number;
  /** Set when opening migrated the file; the backup taken first. */
  preMigrationBackup: string | null;
}

function readHeader(path: string): string {
  const buffer = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function lastWrittenBy(sqlite: Database.Database): string | null {
  try {
    const row = sqlite
      .prepare(
        'select last_written_by_app_version as version from workspace_meta where id = 1',
      )
      .get() as { version: string } | undefined;
    return row?.version ?? null;
  } catch {
    return null;
  }
}

interface Inspection {
  integrity: IntegrityResult;
  pendingMigrations: number;
  appliedMigrations: number;
}

/**
 * Every check that can refuse a file, made over a read-only connection so a refused file is
 * left exactly as it was: is it a workspace, is it whole, was it written by a newer app.
 */
function inspect(
  path: string,
  shipped: ShippedMigrations,
  appVersion: string,
): Inspection {
  const fileName = basename(path);
  if (!existsSync(path)) {
    throw new AppError('E_FILE_NOT_FOUND', `${path} does not exist.`);
  }
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new AppError(
      'E_NOT_A_WORKSPACE',
      `${fileName} is not a Californians First workspace: it is not a database file.`,
    );
  }
  const sideFilesBefore = existingSideFiles(path);
  const sqlite = connectReadOnly(path);
  try {
    const applicationId = sqlite.pragma('application_id', { simple: true });
    if (applicationId !== APPLICATION_ID) {
      throw new AppError(
        'E_NOT_A_WORKSPACE',
        `${fileName} is a database, but not a Californians First workspace.`,
      );
    }
    const messages = (sqlite.pragma('quick_check') as { quick_check: string }[]).map(
      (row) => row.quick_check,
    );
    const integrity: IntegrityResult = {
      checkedAt: new Date().toISOString(),
      ok: messages.length === 1 && messages[0] === 'ok',
      messages,
    };
    if (!integrity.ok) {
      throw new AppError(
        'E_WORKSPACE_DAMAGED',
        `${fileName} is damaged and cannot be opened safely. Restore it from a ` +
          `backup; the file was left as it was.`,
        { messages: messages.slice(0, 20) },
      );
    }
    const state = migrationState(sqlite, shipped);
    const userVersion = Number(sqlite.pragma('user_version', { simple: true }));
    if (state.unknown.length > 0 || userVersion > shipped.list.length) {
      const madeBy = lastWrittenBy(sqlite) ?? 'a newer version';
      throw new AppError(
        'E_WORKSPACE_NEWER',
        `${fileName} was made by version ${madeBy} of Californians First; this is ` +
          `version ${appVersion}. Update the app to open it.`,
        { madeBy, appVersion },
      );
    }
    return {
      integrity,
      pendingMigrations: state.pending.length,
      appliedMigrations: state.applied,
    };
  } catch (error) {
    throw appErrorFromSqlite(error, fileName) ?? error;
  } finally {
    sqlite.close();
    removeNewEmptySideFiles(path, sideFilesBefore);
  }
}

const SIDE_SUFFIXES = ['-wal', '-shm'] as const;

function existingSideFiles(path: string): Set<string> {
  return new Set(SIDE_SUFFIXES.filter((suffix) => existsSync(`${path}${suffix}`)));
}

/**
 * Reading a WAL database, even read-only, makes SQLite create its -wal and -shm files. When
 * they were not there before and hold no data, they are removed again, so a refused file's
 * folder is left exactly as it was found.
 */
function removeNewEmptySideFiles(path: string, before: Set<string>): void {
  const wal = `${path}-wal`;
  if (before.has('-wal') || !existsSync(wal) || statSync(wal).size > 0) return;
  rmSync(wal, { force: true });
  if (!before.has('-shm')) rmSync(`${path}-shm`, { force: true });
}

/** Fails fast with "locked" when another connection holds the write lock. */
function assertWritable(sqlite: Database.Database): void {
  sqlite.exec('begin immediate');
  sqlite.exec('rollback');
}

function restoreFrom(backupPath: string, path: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  copyFileSync(backupPath, path);
}

export interface OpenOptions {
  shipped: ShippedMigrations;
  appVersion: string;
  log: Logger;
}

/**
 * Opens a workspace in the order that keeps a file safe: inspect read-only, refuse what must
 * be refused, back up before any migration, migrate, then check nothing was skipped.
 */
export async function openWorkspaceFile(
  path: string,
  options: OpenOptions,
): Promise<OpenedFile> {
  const { shipped, appVersion, log } = options;
  const fileName = basename(path);
  const inspection = inspect(path, shipped, appVersion);

  let connection: Connection;
  try {
    connection = connect(path);
    assertWritable(connection.sqlite);
  } catch (error) {
    throw appErrorFromSqlite(error, fileName) ?? error;
  }

  let preMigrationBackup: string | null = null;
  try {
    if (inspection.pendingMigrations > 0) {
      const destination = automaticBackupPath(path, inspection.appliedMigrations);
      log.info('backing up before migrating', {
        file: path,
        from: inspection.appliedMigrations,
        to: shipped.list.length,
      });
      preMigrationBackup = (await writeBackup(connection.sqlite, destination)).path;
      try {
        runMigrations(connection.sqlite, shipped);
      } catch (error) {
        log.error('migration failed; restoring the backup taken before it', { error });
        connection.sqlite.close();
        restoreFrom(preMigrationBackup, path);
        throw error instanceof AppError
          ? error
          : new AppError(
              'E_MIGRATION_FAILED',
              `${fileName} could not be updated to this version of the app and was left as it was.`,
            );
      }
      pruneAutomaticBackups(path);
    }
    const previous = lastWrittenBy(connection.sqlite);
    if (!previous || compareVersions(appVersion, previous) > 0) {
      connection.sqlite
        .prepare('update workspace_meta set last_written_by_app_version = ? where id = 1')
        .run(appVersion);
    }
  } catch (error) {
    if (connection.sqlite.open) connection.sqlite.close();
    throw appErrorFromSqlite(error, fileName) ?? error;
  }

  return {
    ...connection,
    path,
    integrity: inspection.integrity,
    schemaVersion: shipped.list.length,
    preMigrationBackup,
  };
}
