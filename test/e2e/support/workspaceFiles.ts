import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { DepartmentProfileInput } from '../../../shared/domain/workspace';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { sourceMigrationsFolder } from '../../../electron/backend/db/migrations';
import { createLogger } from '../../../electron/common/logger';

const silent = createLogger({ processName: 'e2e-fixture', sinks: [] });

export const SAMPLE_DEPARTMENT: DepartmentProfileInput = {
  code: 'DMV',
  name: 'Department of Motor Vehicles',
  coordinator: {
    name: 'Maria Lopez',
    title: 'Customer Service Coordinator',
    email: 'maria.lopez@dmv.ca.gov',
    phone: '916-555-0100',
  },
  reportsTo: 'Director Steve Gordon',
  designatedOn: '2026-01-15',
};

/** Runs a few calls on a backend of its own, outside any app under test. */
export async function withBackend<T>(
  work: (backend: Backend) => Promise<T>,
  migrationsFolder?: string,
): Promise<T> {
  const backend = createBackend({ log: silent, migrationsFolder });
  try {
    return await work(backend);
  } finally {
    backend.shutdown();
  }
}

export async function call<M extends MethodName>(
  backend: Backend,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await backend.call(method, input);
  if (!result.ok)
    throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** A real department workspace file, made by the backend the app ships. */
export function createDepartmentFile(
  path: string,
  profile: DepartmentProfileInput = SAMPLE_DEPARTMENT,
): Promise<MethodOutput<'workspace.createDepartment'>> {
  return withBackend((backend) =>
    call(backend, 'workspace.createDepartment', { file: path, profile }),
  );
}

/**
 * A department workspace as the first release wrote it: only the first migration applied,
 * so opening it with this app updates it and takes an automatic backup first.
 */
export async function createFirstReleaseDepartmentFile(path: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'pcf-first-release-'));
  try {
    cpSync(sourceMigrationsFolder(), folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
      entries: unknown[];
    };
    journal.entries = journal.entries.slice(0, 1);
    writeFileSync(journalPath, JSON.stringify(journal));
    await withBackend(
      (backend) =>
        call(backend, 'workspace.createDepartment', {
          file: path,
          profile: SAMPLE_DEPARTMENT,
        }),
      folder,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Opens a file with the shipped backend and reports what it is. */
export function inspectWorkspace(path: string): Promise<MethodOutput<'workspace.about'>> {
  return withBackend(async (backend) => {
    await call(backend, 'workspace.open', { file: path });
    return call(backend, 'workspace.about', {});
  });
}

/** Makes a workspace look written by version 99.0.0 with a schema this app does not know. */
export function makeNewerVersion(path: string): void {
  const sqlite = new Database(path);
  try {
    sqlite
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('f'.repeat(64), Date.now());
    const version = Number(sqlite.pragma('user_version', { simple: true }));
    sqlite.pragma(`user_version = ${version + 1}`);
    sqlite
      .prepare("update workspace_meta set last_written_by_app_version = '99.0.0'")
      .run();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    sqlite.close();
  }
}

/**
 * Overwrites the middle of the department profile's table page, so the integrity check fails
 * while the file header, and with it the file's claim to be a workspace, stays intact.
 */
export function damageFile(path: string): void {
  const sqlite = new Database(path, { readonly: true });
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  const { rootpage } = sqlite
    .prepare("select rootpage from sqlite_master where name = 'department_profile'")
    .get() as { rootpage: number };
  sqlite.close();
  const garbage = Buffer.alloc(pageSize / 2, 0xa5);
  const descriptor = openSync(path, 'r+');
  try {
    writeSync(descriptor, garbage, 0, garbage.length, (rootpage - 1) * pageSize + 8);
  } finally {
    closeSync(descriptor);
  }
}

/** Holds an exclusive lock on the file, as another program would, until released. */
export function lockFile(path: string): { release(): void } {
  const sqlite = new Database(path);
  sqlite.exec('begin exclusive');
  return {
    release: () => {
      sqlite.exec('rollback');
      sqlite.close();
    },
  };
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
