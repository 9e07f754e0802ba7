import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract';
import type { CallResult } from '../../../shared/errors';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { silentLogger } from '../../../electron/common/logger';
import { FileGrants } from '../../../electron/main/fileGrants';
import {
  IpcRegistry,
  registerContract,
  type HostHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../electron/main/ipcRegistry';

type Listener = (event: InvokeEventLike, input?: unknown) => Promise<CallResult<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://pcf/index.html' } };

const summary: WorkspaceSummary = {
  mode: 'department',
  title: 'Department of Motor Vehicles',
  departmentCode: 'DMV',
  path: '/data/dmv.pcf',
  fileName: 'dmv.pcf',
  schemaVersion: 1,
};

function fakeHost(): HostHandlers {
  return {
    'host.info': vi.fn(() =>
      Promise.resolve({
        kind: 'desktop' as const,
        appVersion: '0.1.0',
        startupFile: null,
        pathEntry: false,
      }),
    ),
    'host.pickFile': vi.fn(() => Promise.resolve(null)),
    'host.recentWorkspaces': vi.fn(() => Promise.resolve([])),
    'host.forgetRecent': vi.fn(() => Promise.resolve({ forgotten: false })),
    'host.exportCompactPdf': vi.fn(() =>
      Promise.resolve({ path: '/data/compact.pdf', bytes: 1, draft: false }),
    ),
    'host.exportSurveyFormPdf': vi.fn(() =>
      Promise.resolve({ path: '/data/form.pdf', bytes: 1 }),
    ),
    'host.revealWorkspace': vi.fn(() => Promise.resolve({ revealed: false, path: '' })),
  };
}

function desktop() {
  const { ipcMain, handlers } = fakeIpcMain();
  const relay = vi.fn((_method: string, _input: unknown) =>
    Promise.resolve<CallResult<unknown>>({ ok: true, value: summary }),
  );
  const onOpened = vi.fn();
  const grants = new FileGrants();
  const host = fakeHost();
  const registry = new IpcRegistry(ipcMain, silentLogger);
  registerContract(registry, { relay, host, grants, onOpened, log: silentLogger });
  const call = (name: string, input: unknown, event: InvokeEventLike = fromApp) => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, input);
  };
  return { registry, handlers, relay, onOpened, grants, host, call };
}

describe('the IPC registry', () => {
  it('registers exactly one handler per contract method', () => {
    const { handlers } = desktop();

    expect([...handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses to register a name the contract does not declare', () => {
    const registry = new IpcRegistry(fakeIpcMain().ipcMain, silentLogger);

    expect(() => registry.register('workspace.deleteEverything', vi.fn())).toThrow(
      /Not a contract method/,
    );
  });

  it('refuses to register the same method twice', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const registry = new IpcRegistry(ipcMain, silentLogger);
    registry.register('workspace.current', vi.fn());

    expect(() => registry.register('workspace.current', vi.fn())).toThrow(/twice/);
    expect(handlers.size).toBe(1);
  });

  const untrusted: [string, InvokeEventLike][] = [
    ['a destroyed or navigated frame', { senderFrame: null }],
    ['another site', { senderFrame: { url: 'https://evil.example/' } }],
    ['a local file', { senderFrame: { url: 'file:///home/user/page.html' } }],
    ['another host on the app scheme', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a look-alike host', { senderFrame: { url: 'app://pcf.evil.example/' } }],
    ['an unparsable URL', { senderFrame: { url: 'not a url' } }],
    [
      'a subframe, even of the app',
      {
        senderFrame: {
          url: 'app://pcf/index.html',
          parent: { url: 'app://pcf/index.html' },
        },
      },
    ],
  ];
  for (const [label, event] of untrusted) {
    it(`refuses a call from ${label} without doing anything`, async () => {
      const { call, relay, onOpened, grants, host } = desktop();
      const file = grants.grant('/data/dmv.pcf', 'open-dialog', 'open-workspace');

      const result = await call('workspace.open', { file }, event);
      const hostResult = await call(
        'host.pickFile',
        { purpose: 'open-workspace', mode: 'open', title: 'Open' },
        event,
      );

      expect(result).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
      expect(hostResult).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
      expect(relay).not.toHaveBeenCalled();
      expect(onOpened).not.toHaveBeenCalled();
      expect(host['host.pickFile']).not.toHaveBeenCalled();
    });
  }

  it('answers malformed input with E_INPUT before relaying', async () => {
    const { call, relay } = desktop();

    const result = await call('workspace.createDepartment', { file: 42, profile: 'DMV' });

    expect(result).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(relay).not.toHaveBeenCalled();
  });

  it('answers malformed host input with E_INPUT', async () => {
    const { call, host } = desktop();

    const result = await call('host.pickFile', {
      purpose: 'anything',
      mode: 'open',
      title: 'x',
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(host['host.pickFile']).not.toHaveBeenCalled();
  });

  it('refuses a file the page made up, whether a path or an unknown id', async () => {
    const { call, relay } = desktop();

    const asPath = await call('workspace.open', { file: '/etc/passwd' });
    const asId = await call('workspace.open', { file: 'file_AAAAAAAAAAAAAAAAAAAAAA' });

    expect(asPath).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(asId).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(relay).not.toHaveBeenCalled();
  });

  it('relays a granted file as its path and remembers the opened workspace', async () => {
    const { call, relay, onOpened, grants } = desktop();
    const file = grants.grant('/data/dmv.pcf', 'recent');

    const result = await call('workspace.open', { file });

    expect(result).toEqual({ ok: true, value: summary });
    expect(relay).toHaveBeenCalledWith('workspace.open', { file: '/data/dmv.pcf' });
    expect(onOpened).toHaveBeenCalledWith(summary);
  });

  it('does not remember a workspace after a failed open', async () => {
    const { call, relay, onOpened, grants } = desktop();
    relay.mockResolvedValueOnce({
      ok: false,
      error: { code: 'E_NOT_A_WORKSPACE', message: 'no' },
    });

    const result = await call('workspace.open', {
      file: grants.grant('/data/notes.txt', 'open-dialog', 'open-workspace'),
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'E_NOT_A_WORKSPACE' } });
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('does not put calls that open nothing in the recent list', async () => {
    const { call, onOpened } = desktop();

    await call('workspace.current', {});

    expect(onOpened).not.toHaveBeenCalled();
  });

  it('answers host calls in main, never relaying them', async () => {
    const { call, relay } = desktop();

    const result = await call('host.info', {});

    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'desktop',
        appVersion: '0.1.0',
        startupFile: null,
        pathEntry: false,
      },
    });
    expect(relay).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an E_INTERNAL envelope instead of throwing across IPC', async () => {
    const { call, relay } = desktop();
    relay.mockRejectedValueOnce(new Error('pipe broke'));

    const result = await call('workspace.current', {});

    expect(result).toEqual({
      ok: false,
      error: { code: 'E_INTERNAL', message: expect.any(String) as string },
    });
  });

  it('refuses a host answer that breaks the contract', async () => {
    const { call, host } = desktop();
    vi.mocked(host['host.info']).mockResolvedValueOnce({ kind: 'phone' } as never);

    const result = await call('host.info', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'E_INTERNAL' } });
  });
});

describe('file references and how they were granted', () => {
  it('refuses a file chosen to open where the call writes it, before relaying', async () => {
    const { call, relay, grants } = desktop();
    const opened = grants.grant('/data/dmv.pcf', 'open-dialog', 'open-workspace');
    const recent = grants.grant('/data/other.pcf', 'recent');

    const backup = await call('workspace.backup', { file: opened });
    const exported = await call('compact.exportHtml', {
      file: recent,
      id: null,
      language: 'en',
      allowPartial: false,
    });

    expect(backup).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(exported).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(backup.ok ? '' : backup.error.message).toMatch(
      /workspace\.backup: file: this file was chosen to be opened, not to be saved to/,
    );
    expect(relay).not.toHaveBeenCalled();
  });

  it('refuses a file chosen to open as the file of a new workspace', async () => {
    const { call, relay, grants } = desktop();

    const result = await call('workspace.createOffice', {
      file: grants.grant('/data/dmv.pcf', 'open-dialog', 'open-workspace'),
      profile: { name: 'Governor\u2019s Customer Service Office' },
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(relay).not.toHaveBeenCalled();
  });

  it('refuses a place chosen to save to as a file to open or import', async () => {
    const { call, relay, grants } = desktop();
    const saved = grants.grant('/data/backup.pcf', 'save-dialog', 'save-backup');

    const opened = await call('workspace.open', { file: saved });
    const imported = await call('imports.preview', { kind: 'segments', file: saved });

    expect(opened).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(imported).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(relay).not.toHaveBeenCalled();
  });

  it('relays a file chosen in a save dialog as its path where the call writes it', async () => {
    const { call, relay, grants } = desktop();
    const saved = grants.grant('/data/backup.pcf', 'save-dialog', 'save-backup');

    const result = await call('workspace.backup', { file: saved });

    expect(result.ok).toBe(true);
    expect(relay).toHaveBeenCalledWith('workspace.backup', { file: '/data/backup.pcf' });
  });

  it('lets a file chosen for saving be written once', async () => {
    const { call, relay, grants } = desktop();
    const saved = grants.grant('/data/backup.pcf', 'save-dialog', 'save-backup');

    await call('workspace.backup', { file: saved });
    const again = await call('workspace.backup', { file: saved });

    expect(again).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(relay).toHaveBeenCalledTimes(1);
  });

  it('keeps a file chosen for saving after a failed call, so the form can be sent again', async () => {
    const { call, relay, grants } = desktop();
    const saved = grants.grant('/data/new.pcf', 'save-dialog', 'create-workspace');
    relay.mockResolvedValueOnce({
      ok: false,
      error: { code: 'E_INPUT', message: 'profile.email: not an email address' },
    });
    const input = {
      file: saved,
      profile: { name: 'Governor\u2019s Customer Service Office' },
    };

    await call('workspace.createOffice', input);
    const retried = await call('workspace.createOffice', input);

    expect(retried).toEqual({ ok: true, value: summary });
    expect(relay).toHaveBeenCalledTimes(2);
    expect(relay.mock.lastCall?.[1]).toMatchObject({ file: '/data/new.pcf' });
  });

  it('refuses a place chosen for an export as the destination of a backup', async () => {
    const { call, relay, grants } = desktop();
    const exportTo = grants.grant('/data/results.xlsx', 'save-dialog', 'save-export');

    const backup = await call('workspace.backup', { file: exportTo });
    const exported = await call('surveys.exportResults', { id: '1', file: exportTo });

    expect(backup).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(backup.ok ? '' : backup.error.message).toMatch(
      /workspace\.backup: file: this file was chosen for an export; choose it again/,
    );
    expect(exported.ok).toBe(true);
    expect(relay).toHaveBeenCalledTimes(1);
    expect(relay).toHaveBeenCalledWith('surveys.exportResults', {
      id: '1',
      file: '/data/results.xlsx',
    });
  });

  it('checks host calls too: a PDF goes only where the user chose to save one', async () => {
    const { call, host, grants } = desktop();
    const pdf = { id: null, language: 'en', allowPartial: false };

    const refused = await call('host.exportCompactPdf', {
      ...pdf,
      file: grants.grant('/data/compact.pdf', 'open-dialog', 'import-data'),
    });
    const saved = await call('host.exportCompactPdf', {
      ...pdf,
      file: grants.grant('/data/compact.pdf', 'save-dialog', 'save-export'),
    });

    expect(refused).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(saved.ok).toBe(true);
    expect(host['host.exportCompactPdf']).toHaveBeenCalledTimes(1);
    expect(host['host.exportCompactPdf']).toHaveBeenCalledWith({
      ...pdf,
      file: '/data/compact.pdf',
    });
  });

  it('writes a survey form PDF only where the user chose to save it, and only once', async () => {
    const { call, host, grants } = desktop();
    const form = { id: '3', language: 'es' };
    const saved = grants.grant('/data/form.pdf', 'save-dialog', 'save-export');

    const refused = await call('host.exportSurveyFormPdf', {
      ...form,
      file: grants.grant('/data/form.pdf', 'open-dialog', 'import-data'),
    });
    const written = await call('host.exportSurveyFormPdf', { ...form, file: saved });
    const again = await call('host.exportSurveyFormPdf', { ...form, file: saved });

    expect(refused).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(written).toEqual({ ok: true, value: { path: '/data/form.pdf', bytes: 1 } });
    expect(again).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(host['host.exportSurveyFormPdf']).toHaveBeenCalledTimes(1);
    expect(host['host.exportSurveyFormPdf']).toHaveBeenCalledWith({
      ...form,
      file: '/data/form.pdf',
    });
  });

  it('refuses an id main never minted, on host calls as on backend calls', async () => {
    const { call, host, relay } = desktop();
    const unknown = 'file_AAAAAAAAAAAAAAAAAAAAAA';

    const forgotten = await call('host.forgetRecent', { file: unknown });
    const backup = await call('workspace.backup', { file: unknown });

    expect(forgotten).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(backup).toMatchObject({ ok: false, error: { code: 'E_INPUT' } });
    expect(host['host.forgetRecent']).not.toHaveBeenCalled();
    expect(relay).not.toHaveBeenCalled();
  });
});
