import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { BackupRecord } from '../../../shared/domain/workspace';
import { AppError } from '../../../shared/errors';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

/**
 * Copies a live database with SQLite's online backup, never a file copy, which would miss
 * what still sits in the write-ahead log. The copy is written under a temporary name and
 * checked before it takes its final name, so a stopped backup never leaves a half file.
 */
export async function writeBackup(
  source: Database.Database,
  destination: string,
  onProgress?: (progress: BackupProgress) => void,
  signal?: AbortSignal,
): Promise<BackupRecord> {
  mkdirSync(dirname(destination), { recursive: true });
  const temporary = `${destination}.partial-${process.pid}-${Date.now()}`;
  try {
    await source.backup(temporary, {
      progress: (info) => {
        // Throwing here makes SQLite stop the copy; the partial file is removed below.
        if (signal?.aborted)
          throw new AppError('E_CANCELLED', 'The backup was cancelled.');
        onProgress?.(info);
        return 200;
      },
    });
    // The copy is checked, then turned into a single self-contained file (no -wal beside
    // it) so it can be moved or mailed as is; opening it as a workspace turns WAL back on.
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      const result = copy.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new Error(`backup failed its check: ${String(result)}`);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    rmSync(destination, { force: true });
    renameSync(temporary, destination);
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      rmSync(`${temporary}${suffix}`, { force: true });
    }
  }
  return {
    path: destination,
    at: new Date().toISOString(),
    bytes: statSync(destination).size,
  };
}

/** The folder kept beside a workspace for the automatic backups taken before migrations. */
export function automaticBackupFolder(workspacePath: string): string {
  const name = basename(workspacePath, extname(workspacePath));
  return join(dirname(workspacePath), `${name}.backups`);
}

export const AUTOMATIC_BACKUPS_KEPT = 5;

function timestampForFileName(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

export function automaticBackupPath(workspacePath: string, fromVersion: number): string {
  const name = basename(workspacePath, extname(workspacePath));
  const stamp = timestampForFileName(new Date());
  return join(
    automaticBackupFolder(workspacePath),
    `${name}-before-update-v${fromVersion}-${stamp}.db`,
  );
}

export function listAutomaticBackups(workspacePath: string): BackupRecord[] {
  const folder = automaticBackupFolder(workspacePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.db') && name.includes('-before-update-v'))
    .map((name) => {
      const path = join(folder, name);
      const stat = statSync(path);
      return { path, at: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** Keeps the newest few automatic backups; never touches backups the user made. */
export function pruneAutomaticBackups(workspacePath: string): void {
  for (const old of listAutomaticBackups(workspacePath).slice(AUTOMATIC_BACKUPS_KEPT)) {
    rmSync(old.path, { force: true });
  }
}
