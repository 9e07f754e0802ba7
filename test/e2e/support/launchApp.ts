import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, chromium, type Browser, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { createLogger, fileSink } from '../../../electron/common/logger';
import { RENDERER_OUT_DIR } from '../../../electron/harness/buildRenderer';
import { startHarness } from '../../../electron/harness/server';
import { assertAccessible } from './accessibility';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_HOST, electronBinary } from './hosts';
import { makeTempFolder, type TempFolder } from './tempFolder';

export const SCREENSHOT_DIR = resolve(
  import.meta.dirname,
  '../../../test-results/screenshots',
);

export interface LaunchOptions {
  /** The file the app is started with; it is opened, or offered for creation if missing. */
  workspace?: string;
}

export interface RunningApp {
  page: Page;
  /**
   * Answers the file prompt that `trigger` opens with `path`: the typed-path modal in the
   * browser harness, a stubbed native dialog in the desktop app.
   */
  chooseFile(path: string, trigger: () => Promise<unknown>): Promise<void>;
  /** Saves test-results/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  /**
   * Screenshots the screen as <name>, then fails on serious or critical axe violations and on
   * any error the page threw and nobody caught.
   */
  expectAccessible(name: string): Promise<void>;
  /** Where the host keeps its own state (recent list, log). */
  stateDir: string;
  close(): Promise<void>;
}

let sharedBrowser: Promise<Browser> | null = null;

// One browser per spec file (each file gets its own copy of this module); a fresh
// context per launch keeps tests from sharing storage.
function browser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return sharedBrowser;
}

afterAll(async () => {
  if (sharedBrowser) await (await sharedBrowser).close();
  sharedBrowser = null;
});

async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A modal's overlay covers only the viewport, so a full-page shot of one looks broken.
  const dialogOpen = (await page.getByRole('dialog').count()) > 0;
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: !dialogOpen,
  });
}

function withScreens(
  page: Page,
  state: TempFolder,
  rest: Pick<RunningApp, 'chooseFile' | 'close'>,
): RunningApp {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  return {
    page,
    stateDir: state.path,
    screenshot: (name) => saveScreenshot(page, name),
    expectAccessible: async (name) => {
      await saveScreenshot(page, name);
      if (uncaught.length > 0) {
        throw new Error(`The page threw on "${name}":\n- ${uncaught.join('\n- ')}`);
      }
      await assertAccessible(page, name);
    },
    ...rest,
  };
}

async function launchInBrowser(options: LaunchOptions): Promise<RunningApp> {
  const state = makeTempFolder('pcf-e2e-state-');
  const harness = await startHarness({
    rendererDir: RENDERER_OUT_DIR,
    workspace: options.workspace,
    stateDir: state.path,
    log: createLogger({
      processName: 'harness',
      sinks: [fileSink(state.file('harness.log'))],
    }),
  });
  const context = await (
    await browser()
  ).newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(harness.url);
  return withScreens(page, state, {
    async chooseFile(path, trigger) {
      await trigger();
      // Only the path prompt: the screen may open a dialog of its own once a file is chosen.
      const prompt = page
        .getByRole('dialog')
        .filter({ has: page.getByLabel('File path') });
      await prompt.getByLabel('File path').fill(path);
      await prompt.getByRole('button', { name: 'Choose' }).click();
      await prompt.waitFor({ state: 'hidden' });
    },
    async close() {
      await context.close();
      await harness.close();
      state.remove();
    },
  });
}

async function launchInElectron(options: LaunchOptions): Promise<RunningApp> {
  const executablePath = electronBinary();
  if (!executablePath)
    throw new Error('No Electron binary; the spec should have been skipped');
  const state = makeTempFolder('pcf-e2e-state-');
  const app = await _electron.launch({
    executablePath,
    args: [
      resolve(import.meta.dirname, '../../../out/main/index.js'),
      ...(options.workspace ? [`--workspace=${options.workspace}`] : []),
    ],
    // The app's own user-data folder (recent list, logs) for this run only.
    env: { ...process.env, PCF_USER_DATA: state.path },
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1280, height: 860 });
  return withScreens(page, state, {
    async chooseFile(path, trigger) {
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = () =>
          Promise.resolve({ canceled: false, filePaths: [chosen] });
        dialog.showSaveDialog = () =>
          Promise.resolve({ canceled: false, filePath: chosen });
      }, path);
      await trigger();
    },
    async close() {
      await app.close();
      state.remove();
    },
  });
}

/** Starts the app on the host chosen by PCF_E2E_HOST, with a page ready to drive. */
export function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  return E2E_HOST === 'electron' ? launchInElectron(options) : launchInBrowser(options);
}
