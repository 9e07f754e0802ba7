import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/backend/db/connection';
import { AppError } from '../../shared/errors';
import {
  createDepartmentWorkspace,
  sampleDepartment,
  startTestBackend,
} from '../support/backend';
import { damageWorkspace, fingerprint, makeNewerWorkspace } from '../support/files';
import { makeTempDir } from '../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

async function expectOpenRefused(file: string, code: string): Promise<AppError> {
  const before = fingerprint(file);
  const { call, backend } = startTestBackend();
  try {
    const error = await call('workspace.open', { file }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(fingerprint(file)).toBe(before);
    expect(backend.session.peek()).toBeNull();
    return error as AppError;
  } finally {
    backend.shutdown();
  }
}

async function createClosedWorkspace(name = 'dmv.pcf'): Promise<string> {
  const file = temp.path(name);
  const { backend } = await createDepartmentWorkspace(file);
  backend.shutdown();
  return file;
}

describe('creating a department workspace', () => {
  it('writes a workspace file that reopens with its department and coordinator', async () => {
    const file = await createClosedWorkspace();

    const { call, backend } = startTestBackend();
    const summary = await call('workspace.open', { file });
    const profile = await call('department.getProfile', {});
    backend.shutdown();

    expect(summary).toMatchObject({
      mode: 'department',
      title: 'Department of Motor Vehicles',
      departmentCode: 'DMV',
    });
    expect(profile.coordinator).toEqual(sampleDepartment().coordinator);
    expect(profile.designatedOn).toBe('2026-01-15');
  });

  it('sets durability pragmas explicitly on the open connection', async () => {
    const { backend } = await createDepartmentWorkspace(temp.path('dmv.pcf'));
    const { sqlite } = backend.session.require();

    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    backend.shutdown();
  });

  it('never overwrites an existing file', async () => {
    const file = temp.path('taken.pcf');
    writeFileSync(file, 'somebody else\u2019s notes');
    const before = fingerprint(file);
    const { call, backend } = startTestBackend();

    const error = await call('workspace.createDepartment', {
      file,
      profile: sampleDepartment(),
    }).catch((caught: unknown) => caught);
    backend.shutdown();

    expect((error as AppError).code).toBe('E_FILE_EXISTS');
    expect(fingerprint(file)).toBe(before);
  });

  it('names the field when the profile is invalid and creates nothing', async () => {
    const file = temp.path('bad.pcf');
    const { call, backend } = startTestBackend();

    const error = (await call('workspace.createDepartment', {
      file,
      profile: sampleDepartment({
        coordinator: { ...sampleDepartment().coordinator, email: 'not-an-email' },
      }),
    }).catch((caught: unknown) => caught)) as AppError;
    backend.shutdown();

    expect(error.code).toBe('E_INPUT');
    expect(error.message).toContain('profile.coordinator.email');
    expect(existsSync(file)).toBe(false);
  });

  it('creates the office workspace with its executive leader', async () => {
    const file = temp.path('gcso.pcf');
    const { call, backend } = startTestBackend();

    const summary = await call('workspace.createOffice', {
      file,
      profile: {
        name: 'Governor\u2019s Customer Service Office',
        executiveLeader: 'Jordan Lee',
      },
    });
    const office = await call('office.getProfile', {});
    const refused = await call('department.getProfile', {}).catch(
      (caught: unknown) => caught,
    );
    backend.shutdown();

    expect(summary.mode).toBe('office');
    expect(office.executiveLeader).toBe('Jordan Lee');
    expect((refused as AppError).code).toBe('E_WRONG_MODE');
  });
});

describe('opening a file that must be refused', () => {
  it('refuses a file that is not a database', async () => {
    const file = temp.path('notes.pcf');
    writeFileSync(file, 'just some text that is long enough to not be a header');

    const error = await expectOpenRefused(file, 'E_NOT_A_WORKSPACE');

    expect(error.message).toContain('notes.pcf');
  });

  it('refuses a database made by another program', async () => {
    const file = temp.path('other.db');
    const other = new Database(file);
    other.exec('create table t (x)');
    other.close();

    await expectOpenRefused(file, 'E_NOT_A_WORKSPACE');
  });

  it('refuses a workspace written by a newer app and names both versions', async () => {
    const file = await createClosedWorkspace();
    makeNewerWorkspace(file, '99.0.0');

    const error = await expectOpenRefused(file, 'E_WORKSPACE_NEWER');

    expect(error.message).toMatch(
      /made by version 99\.0\.0 .*this is version \d+\.\d+\.\d+.*Update the app/,
    );
  });

  it('refuses a damaged workspace', async () => {
    const file = await createClosedWorkspace();
    damageWorkspace(file);

    await expectOpenRefused(file, 'E_WORKSPACE_DAMAGED');
  });

  it('refuses a workspace another program holds locked', async () => {
    const file = await createClosedWorkspace();
    const holder = new Database(file);
    holder.exec('begin exclusive');
    try {
      await expectOpenRefused(file, 'E_WORKSPACE_LOCKED');
    } finally {
      holder.exec('rollback');
      holder.close();
    }
  });

  it('reports a missing file', async () => {
    const { call, backend } = startTestBackend();

    const error = (await call('workspace.open', { file: temp.path('gone.pcf') }).catch(
      (caught: unknown) => caught,
    )) as AppError;
    backend.shutdown();

    expect(error.code).toBe('E_FILE_NOT_FOUND');
  });
});

describe('backing up', () => {
  it('writes a backup that opens as the same workspace and records it', async () => {
    const { call, backend } = await createDepartmentWorkspace(temp.path('dmv.pcf'));
    await call('department.updateProfile', {
      ...sampleDepartment(),
      mission: 'Serve every driver well',
    });

    const record = await call('workspace.backup', { file: temp.path('copy.pcf') });
    const about = await call('workspace.about', {});
    backend.shutdown();
    const reopened = startTestBackend();
    await reopened.call('workspace.open', { file: record.path });
    const profile = await reopened.call('department.getProfile', {});
    reopened.backend.shutdown();

    expect(about.lastBackup?.path).toBe(record.path);
    expect(profile.mission).toBe('Serve every driver well');
    expect(existsSync(`${record.path}-wal`)).toBe(false);
  });

  it('stops a cancelled backup and leaves no file behind', async () => {
    const { call, backend } = await createDepartmentWorkspace(temp.path('dmv.pcf'));
    const { sqlite } = backend.session.require();
    sqlite.exec('create table bulk (payload blob)');
    const insert = sqlite.prepare('insert into bulk values (randomblob(4000))');
    sqlite.transaction(() => {
      for (let row = 0; row < 3000; row += 1) insert.run();
    })();
    const destination = temp.path('copy.pcf');

    backend.onEvent((event) => {
      if (event === 'progress')
        void backend.call('jobs.cancel', { jobId: 'backup-job-1' });
    });

    const backup = call('workspace.backup', { file: destination, jobId: 'backup-job-1' });
    const error = (await backup.catch((caught: unknown) => caught)) as AppError;
    backend.shutdown();

    expect(error.code).toBe('E_CANCELLED');
    expect(existsSync(destination)).toBe(false);
  });

  it('refuses to write the backup over the workspace itself', async () => {
    const file = temp.path('dmv.pcf');
    const { call, backend } = await createDepartmentWorkspace(file);

    const error = (await call('workspace.backup', { file }).catch(
      (caught: unknown) => caught,
    )) as AppError;
    backend.shutdown();

    expect(error.code).toBe('E_CONFLICT');
  });
});
