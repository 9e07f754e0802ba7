import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FromBackendMessage } from '../../../electron/backend/hostMessages';
import { makeTempDir } from '../../support/temp';
import { sampleDepartment } from '../../support/backend';

/** Stands in for the port Electron gives a utility process. */
class FakeParentPort extends EventEmitter {
  readonly posted: FromBackendMessage[] = [];

  postMessage(message: FromBackendMessage): void {
    this.posted.push(message);
    this.emit('posted', message);
  }

  send(data: unknown): void {
    this.emit('message', { data });
  }

  /** Sends a call and waits for the result with its id. */
  call(id: number, method: string, input: unknown): Promise<FromBackendMessage> {
    return new Promise((resolve) => {
      const listener = (message: FromBackendMessage) => {
        if (message.type === 'result' && message.id === id) {
          this.off('posted', listener);
          resolve(message);
        }
      };
      this.on('posted', listener);
      this.send({ type: 'call', id, method, input });
    });
  }
}

const port = new FakeParentPort();
const temp = makeTempDir('pcf-backend-host-');
const listenersBefore = process.listeners('uncaughtException');
const logLevelBefore = process.env.PCF_LOG_LEVEL;
const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);

beforeAll(async () => {
  process.env.PCF_LOG_LEVEL = 'error';
  Reflect.set(process, 'parentPort', port);
  await import('../../../electron/backend/host');
});

afterAll(() => {
  for (const listener of process.listeners('uncaughtException')) {
    if (!listenersBefore.includes(listener)) process.off('uncaughtException', listener);
  }
  Reflect.deleteProperty(process, 'parentPort');
  exit.mockRestore();
  if (logLevelBefore === undefined) delete process.env.PCF_LOG_LEVEL;
  else process.env.PCF_LOG_LEVEL = logLevelBefore;
  temp.cleanup();
});

describe('the backend host of the utility process', () => {
  it('answers a call with the backend\u2019s envelope', async () => {
    const answer = await port.call(1, 'workspace.current', {});

    expect(answer).toEqual({ type: 'result', id: 1, result: { ok: true, value: null } });
  });

  it('creates a workspace with the migrations it ships, and forwards the events', async () => {
    const file = temp.path('dmv.pcf');

    const answer = await port.call(2, 'workspace.createDepartment', {
      file,
      profile: sampleDepartment(),
    });

    expect(answer).toMatchObject({
      result: { ok: true, value: { path: file, mode: 'department' } },
    });
    expect(port.posted.some((message) => message.type === 'event')).toBe(true);
  });

  it('relays the backend\u2019s refusals unchanged', async () => {
    const answer = await port.call(3, 'workspace.nothing', {});

    expect(answer).toMatchObject({
      result: { ok: false, error: { code: 'E_UNKNOWN_METHOD' } },
    });
  });

  it('ignores a malformed message without answering or stopping', async () => {
    const before = port.posted.length;

    port.send({ type: 'call', id: -1 });
    port.send('not a message');
    const answer = await port.call(4, 'workspace.current', {});

    expect(port.posted.length).toBe(before + 1);
    expect(answer).toMatchObject({ id: 4 });
  });

  it('closes the workspace and exits when main asks it to shut down', () => {
    port.send({ type: 'shutdown' });

    expect(exit).toHaveBeenCalledWith(0);
  });
});
