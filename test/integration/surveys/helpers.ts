import { writeFileSync } from 'node:fs';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { makeTempDir } from '../../support/temp';

export const SCALE_CODES = [
  'satisfaction',
  'trust',
  'effectiveness',
  'ease',
  'efficiency',
  'equity',
  'employee',
] as const;

export interface SurveyFixture {
  test: TestBackend;
  temp: ReturnType<typeof makeTempDir>;
  surveyId: string;
  workspace: string;
  /** Writes a CSV from rows of cells, quoting where needed. */
  csv(name: string, rows: string[][], lineBreak?: string): string;
  cleanup(): void;
}

export function csvText(rows: string[][], lineBreak = '\n'): string {
  const cell = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return rows.map((row) => row.map(cell).join(',')).join(lineBreak) + lineBreak;
}

/** A department workspace with one customer survey for 2026-Q1, open in a fresh backend. */
export async function customerSurvey(period = '2026-Q1'): Promise<SurveyFixture> {
  const temp = makeTempDir('pcf-survey-');
  const workspace = temp.path('dept.pcf');
  const test = await createDepartmentWorkspace(workspace);
  const survey = await test.call('surveys.create', {
    template: 'customer',
    title: `Customer survey ${period}`,
    period,
  });
  return {
    test,
    temp,
    surveyId: survey.id,
    workspace,
    csv(name, rows, lineBreak) {
      const path = temp.path(name);
      writeFileSync(path, csvText(rows, lineBreak));
      return path;
    },
    cleanup() {
      test.backend.shutdown();
      temp.cleanup();
    },
  };
}

export const HEADER = [
  'response_id',
  'submitted_at',
  'channel',
  'segment',
  'language',
  ...SCALE_CODES,
  'comment',
];

/** A valid row: all seven scale answers set to `answer`. */
export function row(
  id: string,
  answer = '4',
  overrides: Partial<Record<string, string>> = {},
): string[] {
  const values: Record<string, string> = {
    response_id: id,
    submitted_at: '2026-02-03',
    channel: 'web',
    segment: '',
    language: 'en',
    comment: '',
    ...Object.fromEntries(SCALE_CODES.map((code) => [code, answer])),
    ...overrides,
  };
  return HEADER.map((name) => values[name] ?? '');
}

export async function responseCount(fixture: SurveyFixture): Promise<number> {
  const detail = await fixture.test.call('surveys.get', { id: fixture.surveyId });
  return detail.responses;
}

export function rawCount(fixture: SurveyFixture, table: string): number {
  const sqlite = fixture.test.backend.session.require().sqlite;
  return (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}
