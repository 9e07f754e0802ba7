import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

async function goTo(page: Page, area: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('link', { name: area })
    .click();
  await page.getByRole('heading', { name: area, level: 1 }).waitFor();
}

/** Picks an option of a Mantine select by its label. */
async function choose(
  scope: Page | Locator,
  page: Page,
  label: string,
  option: string,
): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addSegment(app: RunningApp): Promise<void> {
  const { page } = app;
  await button(page, 'Add segment').click();
  const dialog = page.getByRole('dialog', { name: 'Add a customer segment' });
  await dialog.getByLabel(/^Code/).fill('DRIVERS');
  await dialog.getByLabel(/^Name/).fill('Drivers renewing a licence');
  await dialog.getByLabel('Language 1 share (%)').fill('70');
  await dialog.getByLabel('Phone').check();
  await dialog.getByLabel('Web').check();
  await app.expectAccessible('action-plan-segment-form');
  await button(dialog, 'Save segment').click();
  await dialog.waitFor({ state: 'hidden' });
}

async function addService(page: Page): Promise<void> {
  await button(page, 'Add service').click();
  const dialog = page.getByRole('dialog', { name: 'Add a service' });
  await dialog.getByLabel(/^Code/).fill('DL-RENEW');
  await dialog.getByLabel(/^Name/).fill('Driver licence renewal');
  await dialog.getByLabel('Phone').check();
  await dialog.getByLabel('Web').check();
  await dialog.getByLabel('Mon').check();
  await button(dialog, 'Save service').click();
  await dialog.waitFor({ state: 'hidden' });
}

interface StandardEntry {
  code: string;
  channel: string;
  measure: string;
  comparator: 'At most' | 'At least';
  target: string;
  wording: string;
}

async function addStandard(app: RunningApp, entry: StandardEntry): Promise<void> {
  const { page } = app;
  await button(page, 'Add standard').click();
  const dialog = page.getByRole('dialog', { name: 'Add a service standard' });
  await dialog.getByLabel(/^Code/).fill(entry.code);
  await choose(dialog, page, 'Channel', entry.channel);
  await choose(dialog, page, 'What is measured', entry.measure);
  await dialog.getByText(entry.comparator, { exact: true }).click();
  await dialog.getByLabel('Target').fill(entry.target);
  await choose(dialog, page, 'Status', 'Adopted');
  await dialog.getByLabel('Published in the compact with customers').check();
  await dialog.getByLabel('Public wording').fill(entry.wording);
  await app.expectAccessible(`action-plan-standard-form-${entry.code}`);
  await button(dialog, 'Save standard').click();
  await dialog.waitFor({ state: 'hidden' });
}

async function recordMeasurement(
  page: Page,
  period: string,
  value: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Record a measurement' });
  await form.getByLabel('Period').fill(period);
  await form.getByLabel('Value').fill(value);
  await button(form, 'Save measurement').click();
  await page
    .getByRole('table', { name: /^Measurements of/ })
    .locator(`tr[data-period="${period}"]`)
    .waitFor();
}

// Notifications fade in and out; axe measures a fading one at part opacity as low contrast,
// so each check after a save waits for its notification to close on its own.
describeE2E('the action plan', () => {
  test(
    'a coordinator sets out customers, services and standards, measures them and ' +
      'publishes a bilingual compact',
    async () => {
      const file = folder.file('dmv.cfw');
      await createDepartmentFile(file);
      const services = folder.file('services.csv');
      writeFileSync(
        services,
        'code,name,description,channels\r\nVR-REG,Vehicle registration,,mail;web\r\nBAD ' +
          'CODE,Broken,,\r\n',
      );
      app = await launchApp({ workspace: file });
      const { page } = app;
      await page.getByRole('heading', { name: 'Department profile' }).waitFor();

      await goTo(page, 'Customers and services');
      await app.expectAccessible('action-plan-customers-empty');
      await addSegment(app);
      await addService(page);
      await button(page, 'Transactions of DL-RENEW').click();
      const volumes = page.getByRole('dialog', { name: 'Transactions for DL-RENEW' });
      await volumes.getByLabel('Row 1 period').fill('2026-01');
      await volumes.getByLabel('Row 1 transactions').fill('1200');
      await button(volumes, 'Add a row').click();
      await choose(volumes, page, 'Row 2 channel', 'Web');
      await volumes.getByLabel('Row 2 period').fill('2026-01');
      await volumes.getByLabel('Row 2 transactions').fill('5400');
      await app.expectAccessible('action-plan-transactions');
      await button(volumes, 'Save transactions').click();
      await volumes.waitFor({ state: 'hidden' });
      await page.getByText('6,600 in Jan 2026, most by web (5,400)').waitFor();
      await page
        .getByRole('img', { name: /DL-RENEW: busiest period Jan 2026/ })
        .waitFor();
      await app.chooseFile(services, () => button(page, 'Import services').click());
      const preview = page.getByRole('dialog', { name: 'Import services' });
      await preview.getByRole('table', { name: 'Rejected rows' }).waitFor();
      expect(await preview.getByTestId('preview-rejected').textContent()).toContain('1');
      await app.expectAccessible('action-plan-import-preview');
      await button(preview, 'Import 1 row').click();
      await preview.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: 'VR-REG', exact: true }).waitFor();
      await page.getByText('Import finished').waitFor({ state: 'detached' });
      await app.expectAccessible('action-plan-customers');

      await goTo(page, 'Service standards');
      await addStandard(app, {
        code: 'PHONE-ANSWER',
        channel: 'Phone',
        measure: 'Time to answer',
        comparator: 'At most',
        target: '3',
        wording: 'We answer the phone within 3 minutes.',
      });
      await addStandard(app, {
        code: 'WEB-SAT',
        channel: 'Web',
        measure: 'Satisfaction',
        comparator: 'At least',
        target: '85',
        wording: 'At least 85 of every 100 online customers are satisfied.',
      });
      await button(page, 'Add benchmark').click();
      const benchmark = page.getByRole('dialog', { name: 'Add a benchmark' });
      await benchmark.getByLabel(/^Code/).fill('BIB-ANSWER');
      await benchmark.getByLabel(/^Name/).fill('Best call centres');
      await choose(benchmark, page, 'What is measured', 'Time to answer');
      await benchmark.getByLabel(/^Value/).fill('1');
      await benchmark.getByLabel(/^As of/).fill('2025-06-30');
      await benchmark.getByLabel(/^Source/).fill('Industry study');
      await app.expectAccessible('action-plan-benchmark-form');
      await button(benchmark, 'Save benchmark').click();
      await benchmark.waitFor({ state: 'hidden' });
      await app.expectAccessible('action-plan-standards');

      await page.getByRole('link', { name: 'PHONE-ANSWER' }).click();
      await recordMeasurement(page, '2026-01', '4');
      await page
        .getByLabel('Paste from a spreadsheet')
        .fill('2026-02\t3.5\t410\n2026-03\t2.5\t380');
      await button(page, 'Save pasted rows').click();
      await page.locator('tr[data-period="2026-03"]').waitFor();
      await page
        .getByText(/periods of PHONE-ANSWER were saved/)
        .waitFor({ state: 'detached' });
      await app.expectAccessible('action-plan-standard-detail');
      await button(page, 'Correct Feb 2026').click();
      const correction = page.getByRole('dialog', {
        name: 'Correct PHONE-ANSWER for Feb 2026',
      });
      await correction.getByLabel(/^Value/).fill('3.25');
      await correction.getByLabel('Note').fill('Storm week');
      await app.expectAccessible('action-plan-measurement-correction');
      await button(correction, 'Save correction').click();
      await correction.waitFor({ state: 'hidden' });
      await page.locator('tr[data-period="2026-02"]').getByText('Storm week').waitFor();
      await page.getByText('1.5 minutes behind best in business (1 minute)').waitFor();
      await page.getByRole('link', { name: /All standards/ }).click();
      await page.getByRole('link', { name: 'WEB-SAT' }).click();
      await recordMeasurement(page, '2026-01', '88');
      await recordMeasurement(page, '2026-02', '80');

      await goTo(page, 'Standards dashboard');
      const phone = page.locator('tr[data-standard="PHONE-ANSWER"]');
      const web = page.locator('tr[data-standard="WEB-SAT"]');
      await phone.waitFor();
      expect(await phone.locator('[data-met]').getAttribute('data-met')).toBe('true');
      expect(await web.locator('[data-met]').getAttribute('data-met')).toBe('false');
      expect(await phone.textContent()).toContain('Improving');
      expect(await phone.textContent()).toContain(
        '1.5 minutes behind best in business (1 minute)',
      );
      await app.expectAccessible('action-plan-dashboard');
      await page.getByLabel('As of (month or quarter)').fill('2026-01');
      await phone.locator('[data-met="false"]').waitFor();
      expect(await web.locator('[data-met]').getAttribute('data-met')).toBe('true');
      await page.getByLabel('As of (month or quarter)').fill('');
      await phone.locator('[data-met="true"]').waitFor();
      await choose(page, page, 'Channel', 'Web');
      await phone.waitFor({ state: 'detached' });
      expect(await web.isVisible()).toBe(true);

      await goTo(page, 'Compact with customers');
      await app.expectAccessible('action-plan-compact-empty');
      await button(page, 'Start the compact').click();
      await page.getByRole('heading', { name: 'Draft, version 1' }).waitFor();
      await page.getByLabel('Languages offered').fill('en, es');
      await button(page, 'Save languages').click();
      await page.getByText(/Español: \d+ to translate/).waitFor();
      await choose(page, page, 'Translate into', 'Español (es)');
      const untranslated = page
        .getByRole('article')
        .filter({ hasText: 'Not translated' });
      while ((await untranslated.count()) > 0) {
        const block = untranslated.first();
        const label = await block.getAttribute('aria-label');
        await block.getByLabel(/in Español$/).fill('Texto en español.');
        await block.getByRole('button', { name: /^Save / }).click();
        await page
          .getByRole('article', { name: label ?? '' })
          .filter({ hasText: 'Not translated' })
          .waitFor({ state: 'detached' });
      }
      await page.getByText('Español: complete').waitFor();
      await app.expectAccessible('action-plan-compact-draft');

      await button(page, 'Adopt').click();
      const adopt = page.getByRole('dialog', { name: 'Adopt version 1' });
      await adopt.getByLabel('Approved by').fill('Director Steve Gordon');
      await app.expectAccessible('action-plan-compact-adopt');
      await button(adopt, 'Adopt the compact').click();
      await page.getByRole('heading', { name: 'Version 1 (adopted)' }).waitFor();
      await page.getByText('Compact adopted').waitFor({ state: 'detached' });
      await app.expectAccessible('action-plan-compact-adopted');

      expect(await button(page, 'Save as PDF').count()).toBe(0);
      await choose(page, page, 'Language of the page', 'Español (es)');
      const out = folder.file('compact-es.html');
      await app.chooseFile(out, () => button(page, 'Save as web page').click());
      await page.getByText(/was saved to/).waitFor();
      expect(existsSync(out)).toBe(true);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<html lang="es" dir="ltr">');
      expect(html).toContain('Adoptado el');
      expect(html).not.toMatch(/<script/i);
      await page.goto(`file://${out}`);
      await app.expectAccessible('action-plan-compact-page-es');
    },
    180_000,
  );
});
