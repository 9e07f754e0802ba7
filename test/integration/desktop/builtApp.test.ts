import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/common/csp';
import { makeTempDir } from '../../support/temp';

const repository = join(import.meta.dirname, '..', '..', '..');
const support = join(import.meta.dirname, 'support');
// Inside the repository so the bundles find node_modules; under out/, which git ignores.
const outDir = join(repository, 'out', `.desktop-check-${process.pid}`);
const temp = makeTempDir('pcf-built-app-');

interface DriverReport {
  privileged: { scheme: string }[];
  sessionHardened: boolean;
  sandboxedAll: boolean;
  windowUrl: string;
  preloadExists: boolean;
  info: {
    ok: boolean;
    value: { kind: string; pathEntry: boolean; startupFile: { displayPath: string } };
  };
  created: { ok: boolean; value: { path: string; mode: string } };
  backup: { ok: boolean };
  backupExists: boolean;
  backupOverRecent: { ok: boolean; error: { code: string } };
  backupAgain: { ok: boolean; error: { code: string } };
  imports: { ok: boolean; value: { imported: number; rejectedTotal: number } }[];
  current: { ok: boolean; value: { path: string } | null };
  recent: { ok: boolean; value: { displayPath: string }[] };
  madeUpPath: { ok: boolean; error: { code: string } };
  foreign: { ok: boolean; error: { code: string } };
  events: { channel: string; payload: unknown }[];
  page: { status: number; csp: string; body: string };
  escapeStatus: number;
  navigationPrevented: boolean;
  windowOpen: unknown;
  quitPrevented: boolean;
}

let report: DriverReport;

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      join(repository, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--outDir',
      outDir,
    ],
    { cwd: repository, stdio: 'pipe' },
  );
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(support, 'registerFakeElectron.mjs')).href,
      join(support, 'driver.mjs'),
      outDir,
      temp.path('backup.pcf'),
      '--workspace',
      temp.path('dmv.pcf'),
    ],
    {
      cwd: temp.dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        PCF_FAKE_USER_DATA: temp.path('user-data'),
        PCF_LOG_LEVEL: 'error',
      },
    },
  );
  if (result.status !== 0) throw new Error(`the driver failed: ${result.stderr}`);
  report = JSON.parse(result.stdout) as DriverReport;
}, 180_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  temp.cleanup();
});

describe('the built desktop bundles, run with a stand-in Electron', () => {
  it('start hardened and load the page from the app scheme', () => {
    expect(report.privileged.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(report.sessionHardened).toBe(true);
    expect(report.sandboxedAll).toBe(true);
    expect(report.windowUrl).toBe('app://pcf/index.html');
    expect(report.preloadExists).toBe(true);
  });

  it('serve the built page with the CSP and nothing outside it', () => {
    expect(report.page.status).toBe(200);
    expect(report.page.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.page.body).toContain('<div id="root">');
    expect(report.escapeStatus).toBe(404);
  });

  it('create a workspace in the backend process from the --workspace file', () => {
    expect(report.info.value).toMatchObject({ kind: 'desktop', pathEntry: false });
    expect(report.info.value.startupFile.displayPath).toBe(temp.path('dmv.pcf'));
    expect(report.created).toMatchObject({
      ok: true,
      value: { path: temp.path('dmv.pcf'), mode: 'department' },
    });
    expect(report.current.value?.path).toBe(temp.path('dmv.pcf'));
    expect(report.recent.value.map((item) => item.displayPath)).toEqual([
      temp.path('dmv.pcf'),
    ]);
  });

  it('import response files on the worker thread built beside the backend', () => {
    expect(report.imports).toEqual([
      { ok: true, value: expect.objectContaining({ imported: 2, rejectedTotal: 0 }) },
      { ok: true, value: expect.objectContaining({ imported: 1, rejectedTotal: 0 }) },
    ]);
  });

  it('back up to a file chosen in a save dialog', () => {
    expect(report.backup.ok).toBe(true);
    expect(report.backupExists).toBe(true);
  });

  it('refuse a recent workspace as a backup destination, and a save destination twice', () => {
    expect(report.backupOverRecent).toMatchObject({
      ok: false,
      error: { code: 'E_FORBIDDEN' },
    });
    expect(report.backupAgain).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
  });

  it('relay backend events to the window', () => {
    expect(report.events.map((event) => event.channel)).toContain(
      'pcf-event:workspaceChanged',
    );
  });

  it('refuse made-up paths, foreign senders, navigation and new windows', () => {
    expect(report.madeUpPath.error.code).toBe('E_INPUT');
    expect(report.foreign.error.code).toBe('E_FORBIDDEN');
    expect(report.navigationPrevented).toBe(true);
    expect(report.windowOpen).toEqual({ action: 'deny' });
  });

  it('stop the backend before quitting', () => {
    expect(report.quitPrevented).toBe(true);
  });

  it('ship a preload that needs nothing but electron, as a sandboxed preload must', () => {
    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron')
        throw new Error(`a sandboxed preload cannot require ${name}`);
      return {
        contextBridge: {
          exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
        },
        ipcRenderer: {
          invoke: () => Promise.resolve(),
          on: () => undefined,
          removeListener: () => undefined,
        },
      };
    };

    runInNewContext(readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8'), {
      require: sandboxRequire,
      module: { exports: {} },
      exports: {},
    });

    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['pcf']);
  });
});
