import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { writeCsv } from '../../support/actionPlan';
import { fingerprint } from '../../support/files';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let test: TestBackend;
let workspaceFile: string;

beforeEach(async () => {
  temp = makeTempDir();
  workspaceFile = temp.path('dmv.pcf');
  test = await createDepartmentWorkspace(workspaceFile);
});
afterEach(() => {
  test.backend.shutdown();
  temp.cleanup();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

const SERVICES_HEADER = ['code', 'name', 'description', 'channels'];

describe('importing services', () => {
  it('imports valid rows, and the same file again adds nothing', async () => {
    const file = writeCsv(temp.path('services.csv'), [
      SERVICES_HEADER,
      [
        'DL-RENEW',
        'Licence renewal',
        'Renew a driver licence, "Real ID" too',
        'web; phone ;in-person',
      ],
      ['VR-REG', 'Vehicle registration', '', 'mail'],
    ]);

    const first = await test.call('imports.run', { kind: 'services', file });
    const second = await test.call('imports.run', { kind: 'services', file });
    const services = await test.call('services.list', {});

    expect(first).toMatchObject({ imported: 2, duplicates: 0, rejected: [] });
    expect(second).toMatchObject({ imported: 0, duplicates: 2, rejected: [] });
    expect(services[0]).toMatchObject({
      code: 'DL-RENEW',
      description: 'Renew a driver licence, "Real ID" too',
      channels: ['web', 'phone', 'in-person'],
    });
  });

  it('counts a code repeated inside the file as a duplicate', async () => {
    const file = writeCsv(temp.path('services.csv'), [
      ['code', 'name'],
      ['A', 'First'],
      ['A', 'Second'],
    ]);

    const report = await test.call('imports.run', { kind: 'services', file });

    expect(report).toMatchObject({ imported: 1, duplicates: 1 });
  });

  it('rejects each bad row with its row number, column and reason and imports the rest', async () => {
    const file = writeCsv(temp.path('services.csv'), [
      [...SERVICES_HEADER, 'segments', 'peak_days', 'peak_hours'],
      ['OK', 'Fine', '', 'web', '', 'mon', '9'],
      ['BAD CODE', 'Spaces', '', '', '', '', ''],
      ['NO-NAME', '', '', '', '', '', ''],
      ['FAX', 'Fax', '', 'fax', '', '', ''],
      ['TWICE', 'Twice', '', 'web;web', '', '', ''],
      ['SEG', 'Unknown segment', '', '', 'NOBODY', '', ''],
      ['DAY', 'Bad day', '', '', '', 'someday', ''],
      ['HOUR', 'Bad hour', '', '', '', '', '24'],
    ]);

    const report = await test.call('imports.run', { kind: 'services', file });

    expect(report.imported).toBe(1);
    expect(report.rejected.map(({ row, column }) => [row, column])).toEqual([
      [3, 'code'],
      [4, 'name'],
      [5, 'channels'],
      [6, 'channels'],
      [7, 'segments'],
      [8, 'peak_days'],
      [9, 'peak_hours'],
    ]);
    expect(report.rejected[3]?.reason).toMatch(/listed twice/);
    expect(report.rejected[4]?.reason).toMatch(
      /no customer segment with the code "NOBODY"/,
    );
  });

  it('previews without writing anything', async () => {
    const file = writeCsv(temp.path('services.csv'), [
      ['code', 'name'],
      ['A', 'First'],
    ]);

    const preview = await test.call('imports.preview', { kind: 'services', file });
    const services = await test.call('services.list', {});

    expect(preview).toMatchObject({ imported: 1, duplicates: 0 });
    expect(services).toEqual([]);
  });
});

describe('a file refused whole', () => {
  async function expectRefused(
    file: string,
    kind: 'services' | 'measurements',
    pattern: RegExp,
  ) {
    test.backend.shutdown();
    const before = fingerprint(workspaceFile);
    test = await createReopened();
    const error = await refusal(test.call('imports.run', { kind, file }));
    test.backend.shutdown();
    expect(error?.code).toBe('E_IMPORT_FORMAT');
    expect(error?.message).toMatch(pattern);
    expect(fingerprint(workspaceFile)).toBe(before);
    test = await createReopened();
  }

  async function createReopened() {
    const { startTestBackend } = await import('../../support/backend');
    const reopened = startTestBackend();
    await reopened.call('workspace.open', { file: workspaceFile });
    return reopened;
  }

  it('names a column the kind does not know', async () => {
    const file = writeCsv(temp.path('s.csv'), [
      ['code', 'name', 'colour'],
      ['A', 'B', 'red'],
    ]);
    await expectRefused(file, 'services', /does not know: colour/);
  });

  it('names the required columns that are missing', async () => {
    const file = writeCsv(temp.path('m.csv'), [
      ['standard', 'value'],
      ['X', '1'],
    ]);
    await expectRefused(file, 'measurements', /lacks the required columns period/);
  });

  it('refuses text that is not UTF-8', async () => {
    const file = temp.path('latin1.csv');
    writeFileSync(file, Buffer.from('code,name\r\nA,Caf\xe9\r\n', 'latin1'));
    await expectRefused(file, 'services', /not valid UTF-8/);
  });

  it('rolls back rows already written when the file breaks further down', async () => {
    const file = temp.path('broken.csv');
    const good = Array.from({ length: 50 }, (_, index) => `S${index},Service ${index}`);
    writeFileSync(file, ['code,name', ...good, 'BROKEN,"never closed'].join('\r\n'));
    await expectRefused(file, 'services', /never closed/);
    expect(await test.call('services.list', {})).toEqual([]);
  });
});

describe('a cancelled import', () => {
  it('stops between batches and leaves nothing behind', async () => {
    const file = temp.path('many.csv');
    const rows = Array.from(
      { length: 60_000 },
      (_, index) => `SVC-${index},Service number ${index}`,
    );
    writeFileSync(file, ['code,name', ...rows].join('\n'));
    const jobId = 'cancel-test-job';
    const cancel: { request?: Promise<unknown> } = {};
    test.backend.onEvent((event) => {
      if (event === 'progress' && !cancel.request) {
        cancel.request = test.call('jobs.cancel', { jobId });
      }
    });

    const error = await refusal(
      test.call('imports.run', { kind: 'services', file, jobId }),
    );

    expect(await cancel.request).toEqual({ cancelled: true });
    expect(error?.code).toBe('E_CANCELLED');
    expect(await test.call('services.list', {})).toEqual([]);
  });
});
