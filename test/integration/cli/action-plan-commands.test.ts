import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDepartmentWorkspace } from '../../support/backend';
import { pcf } from '../../support/cli';
import { writeCsv } from '../../support/actionPlan';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let workspace: string;

beforeEach(async () => {
  temp = makeTempDir();
  workspace = temp.path('dmv.pcf');
  const { backend } = await createDepartmentWorkspace(workspace);
  backend.shutdown();
});
afterEach(() => temp.cleanup());

function writePlan() {
  return {
    services: writeCsv(temp.path('services.csv'), [
      ['code', 'name', 'description', 'channels'],
      ['DL-RENEW', 'Licence renewal', '', 'phone;web'],
    ]),
    standards: writeCsv(temp.path('standards.csv'), [
      [
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
      ],
      [
        'PHONE',
        'DL-RENEW',
        'phone',
        'answer-time',
        'minutes',
        'at-most',
        '3',
        'month',
        'adopted',
        'yes',
        'We answer within 3 minutes.',
      ],
      [
        'WEB',
        'DL-RENEW',
        'web',
        'satisfaction',
        'percent',
        'at-least',
        '85',
        'quarter',
        'adopted',
        'yes',
        'Most of you are satisfied.',
      ],
    ]),
    measurements: writeCsv(temp.path('measurements.csv'), [
      ['standard', 'period', 'value', 'n', 'source', 'note'],
      ['PHONE', '2026-01', '4', '900', 'Call system', ''],
      ['PHONE', '2026-02', '2.5', '870', 'Call system', ''],
      ['WEB', '2026-Q1', '80', '310', 'Survey', ''],
      ['WEB', '2026-13', '80', '', '', ''],
    ]),
    benchmarks: writeCsv(temp.path('benchmarks.csv'), [
      ['code', 'name', 'kind', 'measure', 'unit', 'value', 'source', 'as_of'],
      [
        'BIB',
        'Best call centres',
        'best-in-business',
        'answer-time',
        'minutes',
        '1',
        'Industry study',
        '2025-06-30',
      ],
    ]),
  };
}

async function importPlan() {
  const files = writePlan();
  for (const kind of ['services', 'benchmarks', 'standards', 'measurements'] as const) {
    const run = await pcf('import', workspace, '--kind', kind, files[kind], '--json');
    expect(run.code).toBe(0);
  }
  return files;
}

describe('pcf import', () => {
  it('prints exactly the counts and the rejected rows as one JSON object', async () => {
    const files = writePlan();
    await pcf('import', workspace, '--kind', 'services', files.services, '--json');
    await pcf('import', workspace, '--kind', 'standards', files.standards, '--json');

    const run = await pcf(
      'import',
      workspace,
      '--kind',
      'measurements',
      files.measurements,
      '--json',
    );

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      imported: 3,
      duplicates: 0,
      rejected: [
        {
          row: 5,
          column: 'period',
          reason: 'a period is written YYYY-MM (a month) or YYYY-Qn (a quarter)',
        },
      ],
    });
  });

  it('adds nothing the second time', async () => {
    const files = writePlan();
    await pcf('import', workspace, '--kind', 'services', files.services);

    const run = await pcf(
      'import',
      workspace,
      '--kind',
      'services',
      files.services,
      '--json',
    );

    expect(JSON.parse(run.stdout)).toEqual({ imported: 0, duplicates: 1, rejected: [] });
  });

  it('fails with a code and one line for a file with a wrong header', async () => {
    const file = writeCsv(temp.path('bad.csv'), [
      ['id', 'title'],
      ['1', 'x'],
    ]);

    const run = await pcf('import', workspace, '--kind', 'services', file, '--json');

    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'E_IMPORT_FORMAT' } });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an unknown kind as a usage error', async () => {
    const run = await pcf(
      'import',
      workspace,
      '--kind',
      'people',
      temp.path('x.csv'),
      '--json',
    );

    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'E_INPUT' } });
  });
});

describe('pcf standards status', () => {
  it('lists every adopted standard with latest value, met, benchmark and gap', async () => {
    await importPlan();

    const run = await pcf('standards', 'status', workspace, '--json');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      standards: [
        {
          code: 'PHONE',
          comparator: 'at-most',
          target: 3,
          unit: 'minutes',
          latest: { period: '2026-02', value: 2.5, n: 870 },
          met: true,
          benchmark: {
            code: 'BIB',
            name: 'Best call centres',
            kind: 'best-in-business',
            value: 1,
            source: 'Industry study',
            asOf: '2025-06-30',
          },
          gap: 1.5,
        },
        {
          code: 'WEB',
          comparator: 'at-least',
          target: 85,
          unit: 'percent',
          latest: { period: '2026-Q1', value: 80, n: 310 },
          met: false,
          benchmark: null,
          gap: null,
        },
      ],
    });
  });

  it('shows the standards as they stood at an earlier period', async () => {
    await importPlan();

    const run = await pcf(
      'standards',
      'status',
      workspace,
      '--period',
      '2026-01',
      '--json',
    );
    const [phone, web] = (
      JSON.parse(run.stdout) as { standards: { latest: unknown; met: unknown }[] }
    ).standards;

    expect(phone).toMatchObject({ latest: { period: '2026-01', value: 4 }, met: false });
    expect(web).toMatchObject({ latest: null, met: null });
  });

  it('prints a readable line per standard without --json', async () => {
    await importPlan();

    const run = await pcf('standards', 'status', workspace);

    expect(run.stdout).toMatch(
      /PHONE\s+at most 3 minutes\s+2026-02 2.5 minutes MET; \+1.5 against BIB/,
    );
    expect(run.stdout).toMatch(/WEB\s+at least 85%\s+2026-Q1 80% NOT MET/);
  });
});

describe('pcf compact export', () => {
  it('writes the draft, marked as a draft, when none is adopted', async () => {
    await importPlan();
    const { startTestBackend } = await import('../../support/backend');
    const test = startTestBackend();
    await test.call('workspace.open', { file: workspace });
    await test.call('compact.createDraft', {});
    test.backend.shutdown();
    const out = temp.path('compact.html');

    const run = await pcf('compact', 'export', workspace, '--out', out, '--json');
    const html = readFileSync(out, 'utf8');

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      out,
      version: 1,
      draft: true,
      language: 'en',
      untranslated: [],
    });
    expect(html).toContain('DRAFT.');
    expect(html).toContain('We answer within 3 minutes.');
  });

  it(
    'refuses a language with untranslated blocks, and lists them on a page allowed ' +
      'to be partial',
    async () => {
      const { startTestBackend } = await import('../../support/backend');
      const test = startTestBackend();
      await test.call('workspace.open', { file: workspace });
      await test.call('compact.createDraft', {});
      test.backend.shutdown();
      const out = temp.path('es.html');

      const refused = await pcf(
        'compact',
        'export',
        workspace,
        '--out',
        out,
        '--lang',
        'es',
        '--json',
      );
      const partial = await pcf(
        'compact',
        'export',
        workspace,
        '--out',
        out,
        '--lang',
        'es',
        '--allow-partial',
      );

      expect(refused.code).toBe(1);
      expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'E_CONFLICT' } });
      expect(refused.stderr).toMatch(/not fully translated into Español/);
      expect(partial.code).toBe(0);
      expect(partial.stdout).toMatch(
        /5 blocks are not translated and are shown in English/,
      );
      expect(readFileSync(out, 'utf8')).toContain('lang="es"');
    },
  );
});
