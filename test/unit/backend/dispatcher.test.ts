import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { startTestBackend } from '../../support/backend';

describe('the backend dispatcher', () => {
  it('refuses a method the contract does not declare', async () => {
    const { backend } = startTestBackend();

    const result = await backend.call('fs.readAnything', { path: '/etc/passwd' });

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'E_UNKNOWN_METHOD' }),
    });
  });

  it('refuses host methods, which only the host may answer', async () => {
    const { backend } = startTestBackend();

    const result = await backend.call('host.pickFile', {
      purpose: 'open-workspace',
      mode: 'open',
      title: 'x',
    });

    expect(result.ok).toBe(false);
  });

  it('answers malformed input with E_INPUT naming the field', async () => {
    const { backend } = startTestBackend();

    const result = await backend.call('workspace.open', { file: 42 });

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'E_INPUT',
        message: expect.stringContaining('file'),
      }),
    });
  });

  it('says no workspace is open rather than failing obscurely', async () => {
    const { backend } = startTestBackend();

    const result = await backend.call('workspace.about', {});

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'E_NO_WORKSPACE' }),
    });
  });

  it('reports cancelling an unknown job as nothing cancelled', async () => {
    const { backend } = startTestBackend();

    const result = await backend.call('jobs.cancel', { jobId: 'no-such-job' });

    expect(result).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('has a handler for every backend method the contract declares', async () => {
    const { backend } = startTestBackend();
    const backendMethods = Object.entries(contract).filter(
      ([, spec]) => spec.side === 'backend',
    );

    for (const [name] of backendMethods) {
      const result = await backend.call(name, {});
      if (!result.ok) expect(result.error.code, name).not.toBe('E_INTERNAL');
    }
  });
});
