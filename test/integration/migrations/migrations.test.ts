import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/backend/db/connection';
import {
  appliedMigrationHashes,
  loadShippedMigrations,
  runMigrations,
  sourceMigrationsFolder,
} from '../../../electron/backend/db/migrations';
import { openWorkspaceFile } from '../../../electron/backend/db/open';
import { silentLogger } from '../../../electron/common/logger';
import { makeTempDir } from '../../support/temp';
import { fillEveryTable, snapshot } from './fill';

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

const folder = sourceMigrationsFolder();
const journal = JSON.parse(
  readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'),
) as {
  entries: JournalEntry[];
};
const shipped = loadShippedMigrations(folder);

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('pcf-migrations-');
});
afterEach(() => temp.cleanup());

/** A migrations folder holding only the first `count` migrations: the app as it once shipped. */
function folderWithFirst(count: number): string {
  const target = temp.path(`migrations-${count}`);
  mkdirSync(join(target, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const entry of entries)
    cpSync(join(folder, `${entry.tag}.sql`), join(target, `${entry.tag}.sql`));
  writeFileSync(
    join(target, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries }),
  );
  return target;
}

function workspaceAtVersion(count: number, file: string): void {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(sqlite, loadShippedMigrations(folderWithFirst(count)));
  fillEveryTable(sqlite);
  sqlite.close();
}

describe('the migration journal', () => {
  it('has strictly increasing timestamps, so no migration can be skipped', () => {
    const times = journal.entries.map((entry) => entry.when);

    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(shipped.list).toHaveLength(journal.entries.length);
  });
});

describe.each(journal.entries.slice(1).map((entry) => [entry.tag, entry.idx] as const))(
  'migration %s',
  (_tag, index) => {
    it('keeps every row written at the version before it and backs up first', async () => {
      const file = temp.path('workspace.pcf');
      workspaceAtVersion(index, file);
      const before = new Database(file, { readonly: true });
      const rows = snapshot(before);
      before.close();
      for (const [table, tableRows] of rows)
        expect(tableRows.length, `${table} was filled`).toBeGreaterThan(0);

      const opened = await openWorkspaceFile(file, {
        shipped,
        appVersion: '0.0.0-test',
        log: silentLogger,
      });
      const after = snapshot(opened.sqlite);
      const dangling = opened.sqlite.pragma('foreign_key_check') as unknown[];
      const applied = appliedMigrationHashes(opened.sqlite);
      opened.sqlite.close();

      for (const [table, tableRows] of rows) {
        expect(after.get(table)?.length, `rows kept in ${table}`).toBe(tableRows.length);
      }
      expect(dangling).toEqual([]);
      expect(applied).toEqual(shipped.list.map((entry) => entry.hash));
      expect(opened.preMigrationBackup).not.toBeNull();
      expect(existsSync(opened.preMigrationBackup ?? '')).toBe(true);
    });
  },
);

describe('the full chain of migrations', () => {
  it('builds the current schema, and the test can fill every one of its tables', () => {
    const file = temp.path('fresh.pcf');

    workspaceAtVersion(journal.entries.length, file);
    const sqlite = new Database(file, { readonly: true });
    const version = sqlite.pragma('user_version', { simple: true });
    const rows = snapshot(sqlite);
    sqlite.close();

    expect(version).toBe(journal.entries.length);
    for (const [table, tableRows] of rows)
      expect(tableRows.length, `${table} was filled`).toBeGreaterThan(0);
  });
});

describe('drizzle silently skipping a migration', () => {
  it('is caught: a migration not newer than the one before it is refused at load', () => {
    const broken = folderWithFirst(journal.entries.length);
    const last = journal.entries[journal.entries.length - 1]!;
    writeFileSync(
      join(broken, '9999_probe.sql'),
      'create table probe (id integer primary key);',
    );
    const entries = [
      ...journal.entries,
      { ...last, idx: last.idx + 1, tag: '9999_probe', when: last.when - 1 },
    ];
    writeFileSync(
      join(broken, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries }),
    );

    expect(() => loadShippedMigrations(broken)).toThrow(/out of order/);
  });
});
