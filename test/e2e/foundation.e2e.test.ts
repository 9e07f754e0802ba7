import { existsSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
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

afterEach(async () => {
  await app?.close();
  app = null;
  folder.remove();
});

describeE2E('creating workspaces', () => {
  test('a coordinator creates a department workspace and lands on its home page', async () => {
    const file = folder.file('dmv.cfw');
    app = await launchApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Californians First' }).waitFor();
    await app.expectAccessible('welcome');

    await page.getByRole('button', { name: 'Create department workspace' }).click();
    await page.getByLabel('Department code').fill('DMV');
    await page.getByLabel('Department name').fill('Department of Motor Vehicles');
    await page.getByLabel("Coordinator's name").fill('Maria Lopez');
    await page.getByLabel('Title').fill('Customer Service Coordinator');
    await page.getByLabel('Email').fill('maria.lopez@dmv.ca.gov');
    await page.getByLabel('Reports to').fill('Director Steve Gordon');
    await page.getByLabel('Date designated').fill('2026-01-15');
    await app.expectAccessible('create-department');
    await app.chooseFile(file, () =>
      page.getByRole('button', { name: 'Create department workspace' }).click(),
    );

    await page.getByRole('heading', { name: 'Department profile' }).waitFor();
    await expect(page.getByTestId('workspace-title').textContent()).resolves.toContain(
      'Department of Motor Vehicles',
    );
    await app.expectAccessible('department-home');
    expect(existsSync(file)).toBe(true);
    const about = await inspectWorkspace(file);
    expect(about.workspace.departmentCode).toBe('DMV');
  });
});
