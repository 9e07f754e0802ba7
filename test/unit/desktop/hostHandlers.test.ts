import { renameSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { RecentWorkspaces } from '../../../electron/common/recentWorkspaces';
import { FileGrants } from '../../../electron/main/fileGrants';
import {
  createHostHandlers,
  type HostDependencies,
} from '../../../electron/main/hostHandlers';
import { workspaceArgument } from '../../../electron/main/startupArgs';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir('pcf-host-');
});
afterEach(() => temp.cleanup());

function host(overrides: Partial<HostDependencies> = {}) {
  const deps: HostDependencies = {
    appVersion: '0.1.0',
    startupPath: null,
    grants: new FileGrants(),
    recent: new RecentWorkspaces(temp.path('recent.json')),
    dialogs: {
      showOpen: vi.fn(() =>
        Promise.resolve({ canceled: false, filePaths: ['/data/dmv.pcf'] }),
      ),
      showSave: vi.fn(() =>
        Promise.resolve({ canceled: false, filePath: '/data/new.pcf' }),
      ),
    },
    showItemInFolder: vi.fn(),
    currentWorkspacePath: vi.fn(() => Promise.resolve<string | null>(null)),
    ...overrides,
  };
  return { deps, handlers: createHostHandlers(deps) };
}

const summary = (path: string): WorkspaceSummary => ({
  mode: 'department',
  title: 'Department of Motor Vehicles',
  departmentCode: 'DMV',
  path,
  fileName: 'dmv.pcf',
  schemaVersion: 1,
});

describe('the host calls main answers', () => {
  it('says it is the desktop, with no path entry and no start-up file by default', async () => {
    const { handlers } = host();

    await expect(handlers['host.info']({})).resolves.toEqual({
      kind: 'desktop',
      appVersion: '0.1.0',
      startupFile: null,
      pathEntry: false,
    });
  });

  it('offers the --workspace file as an opaque id that resolves to its path', async () => {
    const { handlers, deps } = host({ startupPath: '/data/dmv.pcf' });

    const info = await handlers['host.info']({});

    expect(info.startupFile?.displayPath).toBe('/data/dmv.pcf');
    expect(info.startupFile?.file).not.toContain('/');
    expect(deps.grants.resolve(info.startupFile?.file)).toBe('/data/dmv.pcf');
    // Opened when it exists, created when it does not; never saved over.
    expect(deps.grants.check(info.startupFile?.file, 'read')).toMatchObject({ ok: true });
    expect(deps.grants.check(info.startupFile?.file, 'create')).toMatchObject({
      ok: true,
    });
    expect(deps.grants.check(info.startupFile?.file, 'write')).toMatchObject({
      ok: false,
    });
  });

  it('returns a picked file as an id, never as the path alone', async () => {
    const { handlers, deps } = host();

    const picked = await handlers['host.pickFile']({
      purpose: 'open-workspace',
      mode: 'open',
      title: 'Open a workspace',
      filters: [{ name: 'Workspaces', extensions: ['pcf'] }],
    });

    expect(picked?.displayPath).toBe('/data/dmv.pcf');
    expect(deps.grants.resolve(picked?.file)).toBe('/data/dmv.pcf');
    expect(deps.grants.check(picked?.file, 'read')).toMatchObject({ ok: true });
    expect(deps.grants.check(picked?.file, 'write')).toMatchObject({ ok: false });
    expect(deps.dialogs.showOpen).toHaveBeenCalledWith({
      title: 'Open a workspace',
      properties: ['openFile'],
      filters: [{ name: 'Workspaces', extensions: ['pcf'] }],
    });
  });

  it('uses the save dialog with the suggested name for save purposes', async () => {
    const { handlers, deps } = host();

    const picked = await handlers['host.pickFile']({
      purpose: 'save-backup',
      mode: 'save',
      title: 'Back up to',
      suggestedName: 'dmv-backup.pcf',
    });

    expect(deps.grants.resolve(picked?.file)).toBe('/data/new.pcf');
    expect(deps.grants.check(picked?.file, 'write')).toMatchObject({ ok: true });
    expect(deps.grants.check(picked?.file, 'create')).toMatchObject({ ok: true });
    expect(deps.grants.check(picked?.file, 'read')).toMatchObject({ ok: false });
    expect(deps.dialogs.showSave).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Back up to', defaultPath: 'dmv-backup.pcf' }),
    );
  });

  it('starts dialogs in the open workspace\u2019s folder, with only the suggested base name', async () => {
    const { handlers, deps } = host({
      currentWorkspacePath: () => Promise.resolve('/data/dmv/dmv.pcf'),
    });

    await handlers['host.pickFile']({
      purpose: 'import-data',
      mode: 'open',
      title: 'Import',
    });
    await handlers['host.pickFile']({
      purpose: 'save-export',
      mode: 'save',
      title: 'Export',
      suggestedName: '../../etc/standards.xlsx',
    });

    expect(deps.dialogs.showOpen).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/data/dmv' }),
    );
    expect(deps.dialogs.showSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/data/dmv/standards.xlsx' }),
    );
  });

  it('opens the dialog without waiting for a backend busy with a long call', async () => {
    const { handlers, deps } = host({
      currentWorkspacePath: () => new Promise<string | null>(() => undefined),
    });

    const picked = await handlers['host.pickFile']({
      purpose: 'save-backup',
      mode: 'save',
      title: 'Back up to',
      suggestedName: 'dmv-backup.pcf',
    });

    expect(picked?.displayPath).toBe('/data/new.pcf');
    expect(deps.dialogs.showSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: 'dmv-backup.pcf' }),
    );
  });

  it('answers null when the user cancels the dialog', async () => {
    const { handlers } = host({
      dialogs: {
        showOpen: () => Promise.resolve({ canceled: true, filePaths: [] }),
        showSave: () => Promise.resolve({ canceled: true }),
      },
    });

    await expect(
      handlers['host.pickFile']({
        purpose: 'open-workspace',
        mode: 'open',
        title: 'Open',
      }),
    ).resolves.toBeNull();
    await expect(
      handlers['host.pickFile']({ purpose: 'save-export', mode: 'save', title: 'Save' }),
    ).resolves.toBeNull();
  });

  it('lists recent workspaces with ids the page can only open, and forgets them', async () => {
    const file = temp.path('dmv.pcf');
    writeFileSync(file, '');
    const { handlers, deps } = host();
    deps.recent.remember(summary(file));

    const [recent] = await handlers['host.recentWorkspaces']({});
    const path = deps.grants.resolve(recent?.file) ?? '';
    const forgotten = await handlers['host.forgetRecent']({ file: path });

    expect(recent).toMatchObject({
      displayPath: file,
      title: 'Department of Motor Vehicles',
      found: true,
    });
    expect(path).toBe(file);
    expect(deps.grants.check(recent?.file, 'read')).toEqual({ ok: true, path: file });
    expect(deps.grants.check(recent?.file, 'write')).toMatchObject({ ok: false });
    expect(forgotten).toEqual({ forgotten: true });
    await expect(handlers['host.recentWorkspaces']({})).resolves.toEqual([]);
  });

  it('keeps a workspace whose file was moved away in the list, marked as not found', async () => {
    const file = temp.path('dmv.pcf');
    writeFileSync(file, '');
    const { handlers, deps } = host();
    deps.recent.remember(summary(file));
    renameSync(file, temp.path('moved.pcf'));

    const listed = await handlers['host.recentWorkspaces']({});

    expect(listed).toEqual([
      expect.objectContaining({ displayPath: file, found: false }),
    ]);
  });

  it('forgets nothing for a path that is not in the list', async () => {
    const file = temp.path('dmv.pcf');
    writeFileSync(file, '');
    const { handlers, deps } = host();
    deps.recent.remember(summary(file));

    await expect(
      handlers['host.forgetRecent']({ file: temp.path('other.pcf') }),
    ).resolves.toEqual({ forgotten: false });
    expect(deps.recent.list()).toHaveLength(1);
  });

  it('reveals the open workspace in the file manager', async () => {
    const { handlers, deps } = host({
      currentWorkspacePath: () => Promise.resolve('/data/dmv.pcf'),
    });

    await expect(handlers['host.revealWorkspace']({})).resolves.toEqual({
      revealed: true,
      path: '/data/dmv.pcf',
    });
    expect(deps.showItemInFolder).toHaveBeenCalledWith('/data/dmv.pcf');
  });

  it('prints a survey form through the printer it was given, and refuses without one', async () => {
    const exportSurveyFormPdf = vi.fn(() =>
      Promise.resolve({ path: '/data/form.pdf', bytes: 2048 }),
    );
    const input = { id: '3', language: 'es' as const, file: '/data/form.pdf' };
    const printing = host({ exportSurveyFormPdf }).handlers;
    const without = host().handlers;

    const printed = await printing['host.exportSurveyFormPdf'](input);
    const refused = await Promise.resolve()
      .then(() => without['host.exportSurveyFormPdf'](input))
      .catch((caught: unknown) => caught);

    expect(printed).toEqual({ path: '/data/form.pdf', bytes: 2048 });
    expect(exportSurveyFormPdf).toHaveBeenCalledWith(input);
    expect(refused).toMatchObject({ code: 'E_UNAVAILABLE' });
  });

  it('reveals nothing when no workspace is open', async () => {
    const { handlers, deps } = host();

    await expect(handlers['host.revealWorkspace']({})).resolves.toEqual({
      revealed: false,
      path: '',
    });
    expect(deps.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('the --workspace start-up argument', () => {
  it('is read in both spellings, relative to the working folder', () => {
    expect(workspaceArgument(['electron', '.', '--workspace', 'dmv.pcf'], '/data')).toBe(
      '/data/dmv.pcf',
    );
    expect(workspaceArgument(['app', '--workspace=/x/office.pcf'], '/data')).toBe(
      '/x/office.pcf',
    );
  });

  it('is null when absent or given no value', () => {
    expect(workspaceArgument(['app', '--no-sandbox'], '/data')).toBeNull();
    expect(workspaceArgument(['app', '--workspace'], '/data')).toBeNull();
    expect(workspaceArgument(['app', '--workspace', '--other'], '/data')).toBeNull();
  });
});
