import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { seedService, seedStandard, writeCsv } from '../../support/actionPlan';
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

  it('refuses a share written as a fraction, as a percentage-formatted cell gives it', async () => {
    const service = await seedService(test);
    await seedStandard(test, service.id, {
      code: 'WEB-SAT',
      channel: 'web',
      measure: 'satisfaction',
      unit: 'percent',
      comparator: 'at-least',
      target: 85,
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Measurements');
    sheet.addRow(['standard', 'period', 'value']);
    sheet.addRow(['WEB-SAT', '2026-01', 0.85]).getCell(3).numFmt = '0%';
    sheet.addRow(['WEB-SAT', '2026-02', 86]);
    const file = temp.path('shares.xlsx');
    await workbook.xlsx.writeFile(file);

    const report = await test.call('imports.run', { kind: 'measurements', file });

    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      {
        row: 2,
        column: 'value',
        reason:
          '0.85 looks like a fraction from a percentage-formatted cell; write ' +
          'percentages from 0 to 100, such as 85',
      },
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
