import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/errors';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Where the generated migrations live beside this module when run from source. */
export function sourceMigrationsFolder(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export interface ShippedMigrations {
  folder: string;
  list: MigrationMeta[];
}

/**
 * Reads the migrations this build of the app ships. drizzle applies only migrations newer
 * than the last one recorded, so a journal whose timestamps do not strictly increase would
 * make it skip one silently; that is refused here, before any file is touched.
 */
export function loadShippedMigrations(folder: string): ShippedMigrations {
  const list = readMigrationFiles({ migrationsFolder: folder });
  for (let index = 1; index < list.length; index += 1) {
    const previous = list[index - 1];
    const current = list[index];
    if (previous && current && current.folderMillis <= previous.folderMillis) {
      throw new Error(
        `Migration journal out of order: entry ${index} is not newer than entry ${index - 1}`,
      );
    }
  }
  return { folder, list };
}

export function appliedMigrationHashes(sqlite: Database.Database): string[] {
  const exists = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
    .get(MIGRATIONS_TABLE);
  if (!exists) return [];
  const rows = sqlite
    .prepare(`select hash from ${MIGRATIONS_TABLE} order by created_at`)
    .all() as { hash: string }[];
  return rows.map((row) => row.hash);
}

export interface MigrationState {
  applied: number;
  pending: MigrationMeta[];
  /** Hashes recorded in the file that this build does not ship: a newer app wrote them. */
  unknown: string[];
}

export function migrationState(
  sqlite: Database.Database,
  shipped: ShippedMigrations,
): MigrationState {
  const applied = new Set(appliedMigrationHashes(sqlite));
  const shippedHashes = new Set(shipped.list.map((entry) => entry.hash));
  return {
    applied: shipped.list.filter((entry) => applied.has(entry.hash)).length,
    pending: shipped.list.filter((entry) => !applied.has(entry.hash)),
    unknown: [...applied].filter((hash) => !shippedHashes.has(hash)),
  };
}

/**
 * Applies pending migrations. Foreign keys are switched off outside the transaction because
 * inside it the pragma is ignored, and a table rebuild would then cascade-delete child rows.
 * Afterwards every shipped migration must be recorded and no foreign key may dangle.
 */
export function runMigrations(
  sqlite: Database.Database,
  shipped: ShippedMigrations,
): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), {
      migrationsFolder: shipped.folder,
      migrationsTable: MIGRATIONS_TABLE,
    });
    const dangling = sqlite.pragma('foreign_key_check') as unknown[];
    if (dangling.length > 0) {
      throw new AppError(
        'E_MIGRATION_FAILED',
        `The update left ${dangling.length} rows pointing at rows that no longer exist.`,
      );
    }
    const state = migrationState(sqlite, shipped);
    if (state.pending.length > 0) {
      throw new AppError(
        'E_MIGRATION_FAILED',
        `${state.pending.length} of the app\u2019s updates to the workspace were not applied.`,
      );
    }
    sqlite.pragma(`user_version = ${shipped.list.length}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
