import { existsSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createDepartmentFile,
  createFirstReleaseDepartmentFile,
  SAMPLE_DEPARTMENT,
  describeE2E,
  inspectWorkspace,
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

const button = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true });

async function openFromWorkspaceMenu(page: Page, item: string): Promise<void> {
  await button(page, 'Workspace').click();
  await page.getByRole('menuitem', { name: item }).click();
}

describeE2E('creating workspaces', () => {
  test('a coordinator creates a department workspace and lands on its home page', async () => {
    const file = folder.file('dmv.cfw');
    app = await launchApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Californians First' }).waitFor();
    await app.expectAccessible('welcome');

    await button(page, 'Create department workspace').click();
    await page.getByLabel('Department code').fill('DMV');
    await page.getByLabel('Department name').fill('Department of Motor Vehicles');
    await page.getByLabel("Coordinator's name").fill('Maria Lopez');
    await page.getByLabel('Title').fill('Customer Service Coordinator');
    await page.getByLabel('Email').fill('not an address');
    await page.getByLabel('Reports to').fill('Director Steve Gordon');
    await page.getByLabel('Date designated').fill('2026-01-15');
    await app.chooseFile(file, () => button(page, 'Create department workspace').click());
    await page.getByText('Enter an email address such as name@agency.ca.gov').waitFor();
    await app.expectAccessible('create-department-invalid');
    await page.getByLabel('Email').fill('maria.lopez@dmv.ca.gov');
    await button(page, 'Create department workspace').click();

    await page.getByRole('heading', { name: 'Department profile' }).waitFor();
    expect(await page.getByTestId('workspace-title').textContent()).toContain(
      'Department of Motor Vehicles',
    );
    await app.expectAccessible('department-home');
    await page.keyboard.press('Tab');
    await page.getByRole('link', { name: 'Skip to content' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    expect(existsSync(file)).toBe(true);
    const about = await inspectWorkspace(file);
    expect(about.workspace.departmentCode).toBe('DMV');
  });

  test('the office creates the GCSO workspace and sees its profile', async () => {
    const file = folder.file('gcso.cfw');
    app = await launchApp({ workspace: file });
    const { page } = app;
    await page.getByText(`There is no workspace at ${file}`).waitFor();

    await button(page, 'Create office workspace').click();
    await page.getByLabel('Executive leader').fill('Jordan Reyes, Director');
    await app.expectAccessible('create-office');
    await button(page, 'Create office workspace').click();

    await page.getByRole('heading', { name: 'Office profile' }).waitFor();
    await page.getByText('Jordan Reyes, Director').waitFor();
    expect(await page.getByText('GCSO office', { exact: true }).count()).toBe(1);
    await app.expectAccessible('office-home');
    expect((await inspectWorkspace(file)).workspace.mode).toBe('office');

    await button(page, 'Edit profile').click();
    await page.getByLabel('Email').fill('gcso@gov.ca.gov');
    await app.expectAccessible('office-edit');
    await button(page, 'Save profile').click();
    await page.getByText('gcso@gov.ca.gov').waitFor();
  });
});

describeE2E('working in a department workspace', () => {
  test('an edited profile is still there after closing and reopening from the recent list', async () => {
    const file = folder.file('dmv.cfw');
    await createDepartmentFile(file);
    app = await launchApp({ workspace: file });
    const { page } = app;
    await button(page, 'Edit profile').click();
    await page.getByLabel('Mission').fill('Serve every Californian who drives.');
    await page.getByLabel('Public phone').fill('1-800-777-0133');
    await app.expectAccessible('department-edit');
    await button(page, 'Save profile').click();
    await page.getByText('Serve every Californian who drives.').waitFor();

    await openFromWorkspaceMenu(page, 'Close workspace');
    await page.getByRole('heading', { name: 'Recent workspaces' }).waitFor();
    await app.expectAccessible('welcome-recent');
    await button(page, 'Open Department of Motor Vehicles').click();

    await page.getByText('Serve every Californian who drives.').waitFor();
    await page.getByText('1-800-777-0133').waitFor();
  });

  test('back up now writes a copy that opens as a workspace', async () => {
    const file = folder.file('dmv.cfw');
    const backup = folder.file('dmv-copy.cfw');
    await createDepartmentFile(file);
    const running = await launchApp({ workspace: file });
    app = running;
    const { page } = running;
    await page.getByRole('link', { name: 'Settings and About' }).click();
    await page.getByRole('heading', { name: 'Integrity check' }).waitFor();
    await app.expectAccessible('settings');

    await app.chooseFile(backup, async () => {
      await button(page, 'Back up now…').click();
      await page.getByRole('dialog').getByLabel('File path').waitFor();
      await running.expectAccessible('file-path-prompt');
    });
    await page.getByText(`The workspace was backed up to ${backup}.`).waitFor();
    await app.expectAccessible('settings-backed-up');

    const about = await inspectWorkspace(backup);
    expect(about.workspace.departmentCode).toBe('DMV');
    expect(about.integrityAtOpen.ok).toBe(true);
  });

  test('the workspace menu opens another file, and a refusal leads back to the open workspace', async () => {
    const file = folder.file('dmv.cfw');
    const other = folder.file('ftb.cfw');
    const notes = folder.file('notes.cfw');
    await createDepartmentFile(file);
    await createDepartmentFile(other, {
      ...SAMPLE_DEPARTMENT,
      code: 'FTB',
      name: 'Franchise Tax Board',
    });
    writeFileSync(notes, 'not a workspace');
    app = await launchApp({ workspace: other });
    const { page } = app;
    await page.getByRole('heading', { name: 'Department profile' }).waitFor();
    await app.chooseFile(file, () => openFromWorkspaceMenu(page, 'Open another…'));
    await page.getByText('DMV · Department of Motor Vehicles').waitFor();
    const profile = page.getByRole('region', { name: 'Department profile' });
    await profile.getByText('Department of Motor Vehicles').waitFor();
    expect(await profile.getByText('Franchise Tax Board').count()).toBe(0);
    await button(page, 'Workspace').click();
    await page.getByRole('menuitem', { name: 'Recent' }).hover();
    await page.getByRole('menuitem', { name: 'Franchise Tax Board' }).waitFor();
    await app.expectAccessible('workspace-menu');
    await page.keyboard.press('Escape');

    await app.chooseFile(notes, () => openFromWorkspaceMenu(page, 'Open another…'));
    await page.getByRole('heading', { name: 'This file is not a workspace' }).waitFor();
    await button(page, 'Back').click();

    await page.getByText('DMV · Department of Motor Vehicles').waitFor();
  });

  test(
    'opening a workspace from an earlier release updates it and lists the backup ' +
      'taken first',
    async () => {
      const file = folder.file('dmv.cfw');
      await createFirstReleaseDepartmentFile(file);
      app = await launchApp({ workspace: file });
      const { page } = app;
      await page.getByRole('heading', { name: 'Department profile' }).waitFor();

      await page.getByRole('link', { name: 'Settings and About' }).click();

      const backups = page.getByRole('region', {
        name: 'Automatic backups before updates',
      });
      await backups.getByRole('listitem').first().waitFor();
      expect(await backups.textContent()).toContain(folder.path);
      await app.expectAccessible('settings-automatic-backup');
    },
  );
});
