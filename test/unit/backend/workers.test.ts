import { describe, expect, it } from 'vitest';
import { workerLauncher } from '../../../electron/backend/workers';

describe('the backend\u2019s worker threads', () => {
  it('lend a worker that finished cleanly again, and never one that was abandoned', async () => {
    const workers = workerLauncher();

    const first = await workers.lease('responseFileWorker');
    first.release();
    const reused = await workers.lease('responseFileWorker');
    await reused.discard();
    const fresh = await workers.lease('responseFileWorker');

    expect(reused.worker).toBe(first.worker);
    expect(fresh.worker).not.toBe(reused.worker);
    expect(reused.worker.threadId).toBe(-1);
    fresh.release();
  });

  it('lend two workers at once when two jobs overlap, and keep one of them', async () => {
    const workers = workerLauncher();

    const one = await workers.lease('responseFileWorker');
    const two = await workers.lease('responseFileWorker');
    one.release();
    two.release();
    const next = await workers.lease('responseFileWorker');

    expect(two.worker).not.toBe(one.worker);
    expect(next.worker).toBe(one.worker);
    next.release();
  });
});
