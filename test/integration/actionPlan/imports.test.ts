import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { seedService, seedStandard, writeCsv } from '../../support/actionPlan';
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

describe('importing standards, measurements, segments and benchmarks', () => {
  it('imports standards that refer to services and benchmarks by code', async () => {
    await seedService(test);
    await test.call('benchmarks.create', {
      code: 'BIB',
      name: 'Best',
      kind: 'best-in-business',
      measure: 'answer-time',
      unit: 'minutes',
      value: 1,
      source: 'Survey',
      asOf: '2025-01-01',
    });
    const header = [
      'code',
      'service',
      'channel',
      'measure',
      'unit',
      'comparator',
      'target',
      'period',
      'status',
      'published',
      'wording',
      'benchmark',
    ];
    const file = writeCsv(temp.path('standards.csv'), [
      header,
      [
        'PH',
        'DL-RENEW',
        'phone',
        'answer-time',
        'minutes',
        'at-most',
        '3',
        'month',
        'Adopted',
        'yes',
        'We answer within 3 minutes.',
        'BIB',
      ],
      ['NOSVC', 'NOPE', '', 'answer-time', 'minutes', 'at-most', '3', '', '', '', '', ''],
      [
        'UNIT',
        'DL-RENEW',
        '',
        'satisfaction',
        'minutes',
        'at-least',
        '80',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'PCT',
        'DL-RENEW',
        '',
        'satisfaction',
        'percent',
        'at-least',
        '80%',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'CMP',
        'DL-RENEW',
        '',
        'satisfaction',
        'percent',
        'more',
        '80',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'PUB',
        'DL-RENEW',
        '',
        'satisfaction',
        'percent',
        'at-least',
        '80',
        '',
        'adopted',
        'yes',
        '',
        '',
      ],
      [
        'YES',
        'DL-RENEW',
        '',
        'satisfaction',
        'percent',
        'at-least',
        '80',
        '',
        '',
        'Y',
        '',
        '',
      ],
      [
        'CHAT',
        'DL-RENEW',
        'chat',
        'satisfaction',
        'percent',
        'at-least',
        '80',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'BM',
        'DL-RENEW',
        '',
        'satisfaction',
        'percent',
        'at-least',
        '80',
        '',
        '',
        '',
        '',
        'NONE',
      ],
      [
        'OVER',
        'DL-RENEW',
        '',
        'satisfaction',
        'percent',
        'at-least',
        '120',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);

    const report = await test.call('imports.run', { kind: 'standards', file });
    const [standard] = await test.call('standards.list', {});

    expect(report.imported).toBe(1);
    expect(report.rejected.map(({ row, column }) => [row, column])).toEqual([
      [3, 'service'],
      [4, 'unit'],
      [5, 'target'],
      [6, 'comparator'],
      [7, 'wording'],
      [8, 'published'],
      [9, 'channel'],
      [10, 'benchmark'],
      [11, 'target'],
    ]);
    expect(standard).toMatchObject({
      code: 'PH',
      status: 'adopted',
      published: true,
      benchmarkId: expect.any(Number) as number,
    });
  });

  it('imports measurements keyed by standard and period, rejecting what does not fit', async () => {
    const service = await seedService(test);
    await seedStandard(test, service.id);
    const file = writeCsv(temp.path('measurements.csv'), [
      ['standard', 'period', 'value', 'n', 'source', 'note'],
      ['PHONE-ANSWER', '2026-01', '2.5', '840', 'Call system', ''],
      ['PHONE-ANSWER', '2026-02', '3.4', '', '', 'Storm week'],
      ['PHONE-ANSWER', '2026-Q1', '3', '', '', ''],
      ['PHONE-ANSWER', '2026-1', '3', '', '', ''],
      ['NOPE', '2026-01', '3', '', '', ''],
      ['PHONE-ANSWER', '2026-03', '-1', '', '', ''],
      ['PHONE-ANSWER', '2026-04', '3', '12.5', '', ''],
      ['PHONE-ANSWER', '2026-05', '', '', '', ''],
    ]);

    const first = await test.call('imports.run', { kind: 'measurements', file });
    const second = await test.call('imports.run', { kind: 'measurements', file });
    const page = await test.call('measurements.list', { standardId: 1 });

    expect(first.imported).toBe(2);
    expect(first.rejected.map(({ row, column }) => [row, column])).toEqual([
      [4, 'period'],
      [5, 'period'],
      [6, 'standard'],
      [7, 'value'],
      [8, 'n'],
      [9, 'value'],
    ]);
    expect(second).toMatchObject({ imported: 0, duplicates: 2 });
    expect(page.items.map((item) => [item.period, item.met])).toEqual([
      ['2026-02', false],
      ['2026-01', true],
    ]);
  });

  it('imports segments with language shares and benchmarks from an Excel workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Segments');
    sheet.addRow([
      'code',
      'name',
      'kind',
      'estimated_per_year',
      'languages',
      'channels',
      'priority',
    ]);
    sheet.addRow([
      'DRIVERS',
      'Drivers',
      'individual',
      1200000,
      'en:60; es:35; zh',
      'web;phone',
      'high',
    ]);
    sheet.addRow(['BIZ', 'Dealers', 'company', '', '', '', '']);
    sheet.addRow(['MANY', 'Too many', '', '', 'en:80;es:30', '', '']);
    const file = temp.path('segments.xlsx');
    await workbook.xlsx.writeFile(file);
    const benchmarks = writeCsv(temp.path('benchmarks.csv'), [
      ['code', 'name', 'kind', 'measure', 'unit', 'channel', 'value', 'source', 'as_of'],
      [
        'BIB',
        'Best',
        'best-in-business',
        'wait-time',
        'minutes',
        'in-person',
        '10',
        'Study',
        '2025-06-30',
      ],
      [
        'BAD',
        'Bad date',
        'national',
        'wait-time',
        'minutes',
        '',
        '10',
        'Study',
        '2025-02-30',
      ],
    ]);

    const report = await test.call('imports.run', { kind: 'segments', file });
    const benchmarkReport = await test.call('imports.run', {
      kind: 'benchmarks',
      file: benchmarks,
    });
    const [segment] = await test.call('segments.list', {});

    expect(report.imported).toBe(1);
    expect(report.rejected.map(({ row, column }) => [row, column])).toEqual([
      [3, 'kind'],
      [4, 'languages'],
    ]);
    expect(segment).toMatchObject({
      estimatedPerYear: 1200000,
      languages: [
        { language: 'en', share: 60 },
        { language: 'es', share: 35 },
        { language: 'zh', share: null },
      ],
    });
    expect(benchmarkReport.imported).toBe(1);
    expect(benchmarkReport.rejected).toEqual([
      {
        row: 3,
        column: 'as_of',
        reason: '"2025-02-30" is not a date written YYYY-MM-DD',
      },
    ]);
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
