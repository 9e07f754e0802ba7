import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { APPLICATION_ID, connect, type WorkspaceDb } from './connection';
import { runMigrations, type ShippedMigrations } from './migrations';

/**
 * Creates a workspace file complete or not at all: it is built under a temporary name in the
 * same folder and renamed into place only once its first rows are committed, and an existing
 * file is never overwritten.
 */
export function createWorkspaceFile(
  path: string,
  shipped: ShippedMigrations,
  seed: (db: WorkspaceDb) => void,
): void {
  if (existsSync(path)) {
    throw new AppError(
      'E_FILE_EXISTS',
      `${basename(path)} already exists. Choose another name; an existing file is ` +
        `never overwritten.`,
    );
  }
  if (!existsSync(dirname(path))) {
    throw new AppError('E_FILE_NOT_FOUND', `The folder ${dirname(path)} does not exist.`);
  }
  const temporary = join(dirname(path), `.${basename(path)}.creating-${process.pid}`);
  const cleanUp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      rmSync(`${temporary}${suffix}`, { force: true });
    }
  };
  cleanUp();
  try {
    const { sqlite, db } = connect(temporary, { create: true });
    try {
      sqlite.pragma(`application_id = ${APPLICATION_ID}`);
      runMigrations(sqlite, shipped);
      sqlite.transaction(() => seed(db))();
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
    if (existsSync(path)) {
      throw new AppError(
        'E_FILE_EXISTS',
        `${basename(path)} appeared while it was being created.`,
      );
    }
    renameSync(temporary, path);
  } finally {
    cleanUp();
  }
}
