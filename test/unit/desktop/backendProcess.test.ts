import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ToBackendMessage } from '../../../electron/backend/hostMessages';
import { silentLogger } from '../../../electron/common/logger';
import { BackendProcess, type BackendChild } from '../../../electron/main/backendProcess';

class FakeChild extends EventEmitter implements BackendChild {
  readonly sent: ToBackendMessage[] = [];
  killed = false;

  postMessage(message: ToBackendMessage): void {
    this.sent.push(message);
  }

  kill(): boolean {
    this.killed = true;
    this.emit('exit', 9);
    return true;
  }

  /** Answers the last call it was sent. */
  answerLast(value: unknown): void {
    const last = this.sent.at(-1);
    if (last?.type !== 'call') throw new Error('no call to answer');
    this.emit('message', { type: 'result', id: last.id, result: { ok: true, value } });
  }
}

function relay(options: { maxRestarts?: number } = {}) {
  const children: FakeChild[] = [];
  const onEvent = vi.fn();
  const onRestarted = vi.fn();
  const backend = new BackendProcess({
    spawn: () => {
      const child = new FakeChild();
      children.push(child);
      return child;
    },
    log: silentLogger,
    onEvent,
    onRestarted,
    shutdownTimeoutMs: 50,
    ...options,
  });
  backend.start();
  return { backend, children, onEvent, onRestarted };
}

describe('the backend process relay', () => {
  it('relays a call and resolves it with the backend\u2019s answer', async () => {
    const { backend, children } = relay();

    const answer = backend.call('workspace.current', {});
    children[0]?.answerLast(null);

    await expect(answer).resolves.toEqual({ ok: true, value: null });
    expect(children[0]?.sent[0]).toMatchObject({
      type: 'call',
      method: 'workspace.current',
    });
  });

  it('forwards declared events and drops anything else', () => {
    const { children, onEvent } = relay();

    children[0]?.emit('message', {
      type: 'event',
      event: 'workspaceChanged',
      payload: { reason: 'opened' },
    });
    children[0]?.emit('message', { type: 'event', event: 'somethingElse', payload: {} });
    children[0]?.emit('message', 'garbage');

    expect(onEvent.mock.calls).toEqual([['workspaceChanged', { reason: 'opened' }]]);
  });

  it('answers waiting calls with E_INTERNAL when the backend dies, then starts a new one', async () => {
    const { backend, children, onRestarted } = relay();
    const waiting = backend.call('workspace.open', { file: '/data/dmv.pcf' });

    children[0]?.emit('exit', 1);

    await expect(waiting).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_INTERNAL' },
    });
    expect(children).toHaveLength(2);
    expect(onRestarted).toHaveBeenCalledOnce();
    const next = backend.call('workspace.current', {});
    children[1]?.answerLast(null);
    await expect(next).resolves.toEqual({ ok: true, value: null });
  });

  it('gives up after repeated crashes and answers E_UNAVAILABLE', async () => {
    const { backend, children } = relay({ maxRestarts: 2 });

    for (let crash = 0; crash < 3; crash += 1) children.at(-1)?.emit('exit', 1);

    expect(children).toHaveLength(3);
    await expect(backend.call('workspace.current', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_UNAVAILABLE' },
    });
  });

  it('asks the backend to shut down and does not restart it', async () => {
    const { backend, children, onRestarted } = relay();

    const stopped = backend.stop();
    expect(children[0]?.sent.at(-1)).toEqual({ type: 'shutdown' });
    children[0]?.emit('exit', 0);
    await stopped;

    expect(children).toHaveLength(1);
    expect(onRestarted).not.toHaveBeenCalled();
    await expect(backend.call('workspace.current', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_UNAVAILABLE' },
    });
  });

  it('kills a backend that does not stop in time', async () => {
    const { backend, children } = relay();

    await backend.stop();

    expect(children[0]?.killed).toBe(true);
  });
});
