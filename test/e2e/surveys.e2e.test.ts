import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createDepartmentFile,
  describeE2E,
  launchApp,
  makeTempFolder,
  type RunningApp,
  type TempFolder,
} from './support';

let folder: TempFolder;
let app: RunningApp | null = null;

beforeEach(() => {
  folder = makeTempFolder();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app?.screenshot(`failed-${task.name}`);
  await app?.close();
  app = null;
  folder.remove();
});

const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

const CODES = [
  'satisfaction',
  'trust',
  'effectiveness',
  'ease',
  'efficiency',
  'equity',
  'employee',
];

/** Twelve good rows over two channels and three bad ones, as a coordinator's export might hold. */
function responsesCsv(): string {
  const header = [
    'response_id',
    'submitted_at',
    'channel',
    'language',
    ...CODES,
    'comment',
  ];
  const rows = Array.from({ length: 12 }, (_unused, index) => [
    `R-${index + 1}`,
    `2026-02-${String(index + 1).padStart(2, '0')}`,
    index < 7 ? 'web' : 'phone',
    index % 3 === 0 ? 'es' : 'en',
    ...CODES.map((_code, column) => String(((index + column) % 5) + 1)),
    index === 2 ? '"The wait was long, but staff were kind"' : '',
  ]);
  rows.push(['R-13', '2026-02-30', 'web', 'en', ...CODES.map(() => '4'), '']);
  rows.push(['R-14', '2026-02-14', 'fax', 'en', ...CODES.map(() => '4'), '']);
  rows.push([
    'R-15',
    '2026-02-15',
    'web',
    'en',
    '9',
    ...CODES.slice(1).map(() => '4'),
    '',
  ]);
  return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

async function typePaperForm(page: Page, answers: string[]): Promise<void> {
  for (const answer of answers) {
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
  }
}

describeE2E('surveys', () => {
  test(
    'a coordinator creates a survey, imports a file with bad rows, types in paper ' +
      'forms and reads the results',
    async () => {
      const file = folder.file('dmv.cfw');
      await createDepartmentFile(file);
      const data = folder.file('responses.csv');
      writeFileSync(data, responsesCsv());
      app = await launchApp({ workspace: file });
      const { page } = app;
      await page.getByRole('heading', { name: 'Department profile' }).waitFor();

      await page
        .getByRole('navigation', { name: 'Areas' })
        .getByRole('link', { name: 'Surveys' })
        .click();
      await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
      await app.expectAccessible('surveys-empty');
      await button(page, 'New survey').click();
      const create = page.getByRole('dialog', { name: 'New survey' });
      await create.getByLabel(/^Quarter fielded/).fill('2026-Q1');
      await create.getByLabel(/^Title/).fill('Customer survey 2026-Q1');
      await app.expectAccessible('surveys-create');
      await button(create, 'Create survey').click();
      await page.getByRole('heading', { name: 'Customer survey 2026-Q1' }).waitFor();
      await app.expectAccessible('surveys-results-empty');

      await page.getByRole('tab', { name: 'Import responses' }).click();
      await app.expectAccessible('surveys-import');
      await app.chooseFile(data, () => button(page, 'Choose a file').click());
      const preview = page.getByRole('dialog', { name: 'Import responses' });
      await preview.getByRole('table', { name: 'Rejected rows' }).waitFor();
      await app.expectAccessible('surveys-import-preview');
      await button(preview, 'Import').click();
      await page.getByTestId('report-imported').waitFor();
      expect(await page.getByTestId('report-imported').textContent()).toBe('12 imported');
      expect(await page.getByTestId('report-rejected').textContent()).toBe(
        '3 rows rejected',
      );
      const rejected = page.getByRole('table', { name: 'Rejected rows' });
      await expect.poll(() => rejected.locator('tbody tr').count()).toBe(3);
      expect(await rejected.locator('tbody tr').first().textContent()).toContain(
        'submitted_at',
      );
      await app.expectAccessible('surveys-import-report');

      await page.getByRole('tab', { name: 'Paper entry' }).click();
      await page.getByLabel('Form number').fill('P-001');
      await page.locator('[data-question="satisfaction"]').focus();
      await typePaperForm(page, ['5', '4', '4', '5', '3', '5', '5', 'Very helpful']);
      await expect
        .poll(() => page.getByTestId('paper-saved').textContent())
        .toBe('1 form saved in this sitting');
      expect(await page.getByLabel('Form number').inputValue()).toBe('P-002');
      await typePaperForm(page, ['7']);
      await expect.poll(() => page.getByText('Type 1 to 5').count()).toBe(1);
      await app.expectAccessible('surveys-paper-entry');
      await page.keyboard.press('Backspace');
      await typePaperForm(page, ['2', '2', '', '', '', '', '', '']);
      await expect
        .poll(() => page.getByTestId('paper-saved').textContent())
        .toBe('2 forms saved in this sitting');

      await page.getByRole('tab', { name: 'Results' }).click();
      const table = page.getByRole('table', { name: 'Results by question' });
      await table.waitFor();
      expect(
        await page.getByText('14 responses', { exact: false }).first().textContent(),
      ).toContain('14');
      await page.getByRole('img', { name: /Distribution of answers/ }).waitFor();
      await page.locator('.recharts-surface').first().waitFor();
      await app.expectAccessible('surveys-results');
      await page.getByText('Channel', { exact: true }).click();
      const groups = page.getByRole('table', { name: 'Top-two-box share by group' });
      await groups.waitFor();
      expect(await groups.getByRole('row', { name: /Web/ }).textContent()).not.toContain(
        'suppressed',
      );
      expect(await groups.getByRole('row', { name: /Mail/ }).textContent()).toContain(
        'suppressed',
      );
      await app.expectAccessible('surveys-results-by-channel');

      const workbookFile = folder.file('results.xlsx');
      await app.chooseFile(workbookFile, () => button(page, 'Export to Excel…').click());
      await page.getByText(/7 sheets were saved to/).waitFor();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(workbookFile);
      const byChannel = workbook.getWorksheet('By channel');
      const channelRows = (byChannel?.getSheetValues() ?? []).map((values) =>
        Array.isArray(values) ? values.slice(1, 3) : [],
      );
      expect(channelRows).toContainEqual(['Mail', 'suppressed']);
      expect(channelRows).toContainEqual(['Web', expect.any(Number)]);

      await page.getByRole('tab', { name: 'Free text' }).click();
      await page.getByRole('table', { name: 'Free-text answers' }).waitFor();
      await page.getByLabel('Search the answers').fill('wait');
      await expect
        .poll(() =>
          page
            .getByRole('table', { name: 'Free-text answers' })
            .locator('tbody tr')
            .count(),
        )
        .toBe(1);
      const mark = page.getByRole('checkbox', { name: /Mark for the improvement plan/ });
      await mark.click();
      await expect.poll(() => mark.isChecked()).toBe(true);
      await app.expectAccessible('surveys-free-text');

      await page.getByRole('tab', { name: 'Questions and settings' }).click();
      await page.getByRole('table', { name: 'Questions' }).waitFor();
      await app.expectAccessible('surveys-instrument');
      await page.getByText('PDF forms are available in the desktop app.').waitFor();
      expect(await page.getByRole('button', { name: /as PDF/ }).count()).toBe(0);
      await button(page, 'Add question').click();
      const add = page.getByRole('dialog', { name: 'Add a question' });
      await add.getByLabel(/^Code/).fill('returning');
      await add.getByRole('combobox', { name: 'Type', exact: true }).click();
      await page.getByRole('option', { name: 'Yes or no', exact: true }).click();
      await add.getByLabel(/^Wording in English/).fill('Have you visited us before?');
      await add.getByLabel(/^Wording in Spanish/).fill('¿Nos ha visitado antes?');
      await app.expectAccessible('surveys-add-question');
      await button(add, 'Add question').click();
      await add.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: 'returning', exact: true }).waitFor();
      await page.getByText('Versions: 1 (14 responses), 2 (0 responses)').waitFor();
    },
  );
});
