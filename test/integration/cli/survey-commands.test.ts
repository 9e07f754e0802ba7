import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pcf } from '../../support/cli';
import { makeTempDir } from '../../support/temp';
import { csvText, HEADER, row } from '../surveys/helpers';

let temp: ReturnType<typeof makeTempDir>;
let workspace: string;

beforeEach(async () => {
  temp = makeTempDir('pcf-cli-survey-');
  workspace = temp.path('dmv.pcf');
  const init = await pcf(
    'init',
    workspace,
    '--department',
    'DMV',
    '--name',
    'Department of Motor Vehicles',
    '--coordinator',
    'Ana Ruiz',
    '--email',
    'ana.ruiz@dmv.ca.gov',
  );
  expect(init.code).toBe(0);
});
afterEach(() => temp.cleanup());

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

async function createSurvey(): Promise<string> {
  const created = await pcf(
    'survey',
    'create',
    workspace,
    '--template',
    'customer',
    '--title',
    'Customer survey',
    '--period',
    '2026-Q1',
    '--json',
  );
  expect(created.code).toBe(0);
  return json(created.stdout).id as string;
}

/** Six answer 5 and two answer 2; seven came by web and one by phone. */
async function surveyWithEightResponses(): Promise<string> {
  const id = await createSurvey();
  const data = temp.path('responses.csv');
  const rows = Array.from({ length: 8 }, (_unused, index) =>
    row(`r-${index}`, index < 6 ? '5' : '2', { channel: index < 7 ? 'web' : 'phone' }),
  );
  writeFileSync(data, csvText([HEADER, ...rows]));
  await pcf('survey', 'import', workspace, '--survey', id, data);
  return id;
}

describe('pcf survey', () => {
  it('creates a survey and prints its id as the one JSON object', async () => {
    const created = await pcf(
      'survey',
      'create',
      workspace,
      '--template',
      'employee',
      '--title',
      'Front line 2026-Q1',
      '--json',
    );

    expect(created.code).toBe(0);
    expect(json(created.stdout)).toEqual({ id: '1' });
  });

  it('imports a file, reporting imported rows, duplicates and each rejected row', async () => {
    const id = await createSurvey();
    const data = temp.path('responses.csv');
    writeFileSync(
      data,
      csvText([
        HEADER,
        row('r-1'),
        row('r-2', '5'),
        row('r-1'),
        row('r-3', '4', { channel: 'fax' }),
      ]),
    );

    const first = await pcf(
      'survey',
      'import',
      workspace,
      '--survey',
      id,
      data,
      '--json',
    );
    const second = await pcf(
      'survey',
      'import',
      workspace,
      '--survey',
      id,
      data,
      '--json',
    );

    expect(first.code).toBe(0);
    expect(json(first.stdout)).toEqual({
      imported: 2,
      duplicates: 1,
      rejected: [
        {
          row: 5,
          column: 'channel',
          reason:
            '\u201cfax\u201d is not one of in-person, phone, web, mail, email, chat, other',
        },
      ],
      rejectedTotal: 1,
    });
    expect(json(second.stdout)).toMatchObject({ imported: 0, duplicates: 3 });
  });

  it('compiles results overall and by channel with shares as fractions', async () => {
    const id = await surveyWithEightResponses();

    const compiled = await pcf(
      'survey',
      'compile',
      workspace,
      '--survey',
      id,
      '--by',
      'channel',
      '--json',
    );

    expect(compiled.code).toBe(0);
    const result = json(compiled.stdout) as {
      survey: string;
      responses: number;
      questions: {
        code: string;
        n: number;
        mean: number;
        counts: Record<string, number>;
        top2: number;
      }[];
      groups: {
        by: string;
        value: string;
        responses: number | null;
        suppressed: boolean;
      }[];
    };
    expect(result.survey).toBe(id);
    expect(result.responses).toBe(8);
    expect(result.questions[0]).toMatchObject({
      code: 'satisfaction',
      n: 8,
      counts: { '1': 0, '2': 2, '3': 0, '4': 0, '5': 6 },
      top2: 0.75,
    });
    expect(result.questions[0]?.mean).toBeCloseTo(34 / 8, 10);
    expect(result.groups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          by: 'channel',
          value: 'phone',
          suppressed: true,
          responses: null,
        }),
        expect.objectContaining({
          by: 'channel',
          value: 'web',
          suppressed: true,
          responses: null,
        }),
      ]) as unknown,
    );
  });

  it('exports the results to a workbook that never holds a suppressed number', async () => {
    const id = await surveyWithEightResponses();
    const out = temp.path('results.xlsx');

    const exported = await pcf(
      'survey',
      'export',
      workspace,
      '--survey',
      id,
      '--out',
      out,
      '--json',
    );
    const again = await pcf('survey', 'export', workspace, '--survey', id, '--out', out);

    expect(exported.code).toBe(0);
    expect(json(exported.stdout)).toMatchObject({
      path: out,
      sheets: [
        'Summary',
        'Results',
        'Answer counts',
        'By channel',
        'By customer segment',
        'By language',
        'By quarter',
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const results = workbook.getWorksheet('Results');
    const satisfaction = results?.getRow(2).values as unknown[];
    expect(satisfaction.slice(1, 9)).toEqual([
      'satisfaction',
      expect.any(String),
      'Agreement, 1 to 5',
      8,
      34 / 8,
      0.75,
      expect.any(Number),
      expect.any(Number),
    ]);
    // Seven web and one phone response: with five as the smallest cell, both are withheld.
    const byChannel = workbook.getWorksheet('By channel');
    const groups = [2, 3].map((index) => byChannel?.getRow(index).values as unknown[]);
    expect(groups.map((values) => values.slice(1, 3))).toEqual([
      [expect.any(String), 'suppressed'],
      [expect.any(String), 'suppressed'],
    ]);
    expect(byChannel?.rowCount).toBe(3);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('already exists');
  });

  it('prints only groups when asked for a breakdown', async () => {
    const id = await createSurvey();

    const compiled = await pcf('survey', 'compile', workspace, '--survey', id, '--json');

    expect(json(compiled.stdout)).not.toHaveProperty('groups');
  });

  it('fails with one line on stderr and an error object for a file it refuses', async () => {
    const id = await createSurvey();
    const data = temp.path('bad.csv');
    writeFileSync(data, Buffer.from('response_id,satisfaction\r\n1,5\r\n', 'utf16le'));

    const result = await pcf(
      'survey',
      'import',
      workspace,
      '--survey',
      id,
      data,
      '--json',
    );

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(json(result.stdout)).toMatchObject({ error: { code: 'E_IMPORT_FORMAT' } });
  });

  it('rejects an unknown breakdown as a usage error', async () => {
    const id = await createSurvey();

    const result = await pcf(
      'survey',
      'compile',
      workspace,
      '--survey',
      id,
      '--by',
      'colour',
      '--json',
    );

    expect(result.code).toBe(2);
    expect(json(result.stdout)).toMatchObject({ error: { code: 'E_INPUT' } });
  });

  it('writes the printable paper form', async () => {
    const id = await createSurvey();
    const out = temp.path('form-es.html');

    const result = await pcf(
      'survey',
      'form',
      workspace,
      '--survey',
      id,
      '--language',
      'es',
      '--out',
      out,
    );

    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Totalmente de acuerdo');
  });
});
