import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import type { BackupRecord } from '../../shared/domain/workspace';
import { CallError } from '../../renderer/client/client';
import { useJob } from '../../renderer/components/JobProgress';
import { BROWSER_HOST, fakeClient } from './fakeClient';
import { renderWithClient } from './render';

function BackupButton() {
  const runJob = useJob();
  const [outcome, setOutcome] = useState('');
  const start = () =>
    runJob('workspace.backup', { file: '/data/copy.cfw' }, { title: 'Backing up' }).then(
      (backup) => setOutcome(`saved ${backup.path}`),
      (error: unknown) => setOutcome(error instanceof CallError ? error.code : 'failed'),
    );
  return (
    <>
      <button onClick={() => void start()}>Start</button>
      <output>{outcome}</output>
    </>
  );
}

/** A backup that waits until the test settles it, as a long job would. */
function slowBackup() {
  let settle: (result: BackupRecord | CallError) => void = () => undefined;
  const promise = new Promise<BackupRecord>((resolve, reject) => {
    settle = (result) => (result instanceof CallError ? reject(result) : resolve(result));
  });
  return { promise, settle: (result: BackupRecord | CallError) => settle(result) };
}

describe('the progress modal', () => {
  test('shows the job’s progress events and cancels it through jobs.cancel', async () => {
    const backup = slowBackup();
    const client = fakeClient({
      ...BROWSER_HOST,
      'workspace.backup': () => backup.promise,
      'jobs.cancel': () => {
        backup.settle(new CallError('E_CANCELLED', 'The backup was cancelled.'));
        return { cancelled: true };
      },
    });
    renderWithClient(<BackupButton />, client);
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    const sent = client.calls.find((call) => call.method === 'workspace.backup');
    const jobId = (sent?.input as { jobId: string }).jobId;

    await screen.findByRole('dialog', {}, { timeout: 2000 });
    act(() =>
      client.emit('progress', {
        jobId,
        method: 'workspace.backup',
        phase: 'Copying pages',
        done: 3,
        total: 10,
      }),
    );
    expect(await screen.findByText('Copying pages — 3 of 10')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText('E_CANCELLED')).toBeTruthy();
    expect(client.calls.some((call) => call.method === 'jobs.cancel')).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('a quick job finishes without flashing the modal', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'workspace.backup': () => ({
        path: '/data/copy.cfw',
        at: '2026-12-03T10:00:00Z',
        bytes: 4096,
      }),
    });
    renderWithClient(<BackupButton />, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));

    expect(await screen.findByText('saved /data/copy.cfw')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
