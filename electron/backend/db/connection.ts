import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

/** Written into every workspace file's header so any other SQLite file is told apart. */
export const APPLICATION_ID = 0x50434631; // "PCF1"

/** How long a write waits for another connection before reporting the file as locked. */
export const BUSY_TIMEOUT_MS = 3000;

export type WorkspaceDb = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: WorkspaceDb;
}

/**
 * Opens a read-write connection with durability settings stated explicitly: better-sqlite3's
 * build defaults WAL databases to synchronous=NORMAL, which may lose the last commits on a
 * power cut, and stock SQLite leaves foreign keys off.
 */
export function connect(path: string, options: { create?: boolean } = {}): Connection {
  const sqlite = new Database(path, {
    fileMustExist: !options.create,
    timeout: BUSY_TIMEOUT_MS,
  });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('temp_store = MEMORY');
    return { sqlite, db: drizzle(sqlite, { schema, casing: 'snake_case' }) };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** A connection that can never write, for checks that must leave a refused file untouched. */
export function connectReadOnly(path: string): Database.Database {
  return new Database(path, {
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
  });
}
