import { renameSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createDepartmentFile,
  damageFile,
  describeE2E,
  launchApp,
  lockFile,
  makeNewerVersion,
  makeTempFolder,
  sha256Of,
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

/** Opens `file` from the first-run screen and waits for the refusal. */
async function openAndExpectRefusal(running: RunningApp, file: string, heading: string) {
  const { page } = running;
  await running.chooseFile(file, () =>
    page.getByRole('button', { name: 'Open a workspace file…' }).click(),
  );
  await page.getByRole('heading', { name: heading }).waitFor();
}

describeE2E('refusing files that cannot be opened', () => {
  test('a file that is not a workspace is refused and left as it was', async () => {
    const file = folder.file('notes.cfw');
    writeFileSync(file, 'Quarterly notes, not a database.\n');
    const before = sha256Of(file);
    app = await launchApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Californians First' }).waitFor();

    await openAndExpectRefusal(app, file, 'This file is not a workspace');

    await page.getByText('notes.cfw is not a Californians First workspace').waitFor();
    await app.expectAccessible('open-failed-not-a-workspace');
    expect(sha256Of(file)).toBe(before);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Welcome to Californians First' }).waitFor();
  });

  test('a workspace from a newer app names both versions and is left as it was', async () => {
    const file = folder.file('future.cfw');
    await createDepartmentFile(file);
    makeNewerVersion(file);
    const before = sha256Of(file);
    app = await launchApp({ workspace: file });
    const { page } = app;

    await page
      .getByRole('heading', { name: 'This workspace needs a newer version of the app' })
      .waitFor();

    await page
      .getByText(
        /made by version 99\.0\.0 .*this is version \d+\.\d+\.\d+\. Update the app/,
      )
      .waitFor();
    await app.expectAccessible('open-failed-newer');
    expect(sha256Of(file)).toBe(before);
  });

  test('a damaged workspace is refused and left as it was', async () => {
    const file = folder.file('damaged.cfw');
    await createDepartmentFile(file);
    damageFile(file);
    const before = sha256Of(file);
    app = await launchApp();
    const { page } = app;

    await openAndExpectRefusal(app, file, 'This workspace is damaged');

    await page.getByText(/damaged\.cfw is damaged and cannot be opened safely/).waitFor();
    await app.expectAccessible('open-failed-damaged');
    expect(sha256Of(file)).toBe(before);
  });

  test('a workspace locked by another program is refused and left as it was', async () => {
    const file = folder.file('locked.cfw');
    await createDepartmentFile(file);
    const before = sha256Of(file);
    const lock = lockFile(file);
    try {
      app = await launchApp();
      const { page } = app;

      await openAndExpectRefusal(app, file, 'This workspace is in use');

      await page.getByText(/locked\.cfw is in use by another program/).waitFor();
      await app.expectAccessible('open-failed-locked');
    } finally {
      lock.release();
    }
    expect(sha256Of(file)).toBe(before);
  });

  test('after a refusal, another file can be opened from the same screen', async () => {
    const bad = folder.file('notes.cfw');
    const good = folder.file('dmv.cfw');
    writeFileSync(bad, 'not a workspace');
    await createDepartmentFile(good);
    app = await launchApp();
    const { page } = app;
    await openAndExpectRefusal(app, bad, 'This file is not a workspace');

    await app.chooseFile(good, () =>
      page.getByRole('button', { name: 'Open another file…' }).click(),
    );

    await page.getByRole('heading', { name: 'Department profile' }).waitFor();
  });

  test('a recent workspace that was moved away is explained and can be removed from the list', async () => {
    const file = folder.file('dmv.cfw');
    await createDepartmentFile(file);
    app = await launchApp({ workspace: file });
    const { page } = app;
    await page.getByRole('heading', { name: 'Department profile' }).waitFor();
    await page.getByRole('button', { name: 'Workspace' }).click();
    await page.getByRole('menuitem', { name: 'Close workspace' }).click();
    renameSync(file, folder.file('moved.cfw'));
    await page.reload();

    await page.getByText('Not found').waitFor();
    await app.expectAccessible('recent-not-found');
    await page.getByRole('button', { name: 'Open Department of Motor Vehicles' }).click();
    await page.getByRole('heading', { name: 'The file could not be found' }).waitFor();
    await app.expectAccessible('open-failed-missing');
    await page.getByRole('button', { name: 'Remove from recent list' }).click();

    await page
      .getByText('Workspaces you open or create on this computer will be listed here.')
      .waitFor();
  });
});
