import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';

/** A fingerprint of a database file and its side files, to prove a refused open changed nothing. */
export function fingerprint(path: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const file = `${path}${suffix}`;
    hash.update(
      `${suffix}:${existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent'};`,
    );
  }
  return hash.digest('hex');
}

/** Marks a workspace as written by a newer app: a migration this build does not know. */
export function makeNewerWorkspace(path: string, newerVersion = '99.0.0'): void {
  const sqlite = new Database(path);
  try {
    sqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('f'.repeat(64), Date.now() + 1_000_000);
    const version = Number(sqlite.pragma('user_version', { simple: true }));
    sqlite.pragma(`user_version = ${version + 1}`);
    sqlite
      .prepare('update workspace_meta set last_written_by_app_version = ?')
      .run(newerVersion);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

/** Overwrites part of a page past the header so the file still opens but fails its check. */
export function damageWorkspace(path: string): void {
  const sqlite = new Database(path);
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  sqlite.pragma('journal_mode = DELETE');
  sqlite.close();
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, pageSize + 8);
  } finally {
    closeSync(fd);
  }
}
