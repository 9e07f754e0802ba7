import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { App } from '../../renderer/app/App';
import { CallError } from '../../renderer/client/client';
import { OpenFailureScreen } from '../../renderer/features/welcome/OpenFailureScreen';
import { CreateDepartmentForm } from '../../renderer/features/welcome/CreateDepartmentForm';
import { BROWSER_HOST, fakeClient, refuse } from './fakeClient';
import { renderWithClient } from './render';

const FILE = { file: '/data/dmv.cfw', displayPath: '/data/dmv.cfw' };

describe('the first-run screen', () => {
  test('a startup file that does not exist yet is offered for creation', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'host.info': () => ({
        kind: 'browser',
        appVersion: '0.1.0',
        startupFile: FILE,
        pathEntry: true,
      }),
      'workspace.open': refuse('E_FILE_NOT_FOUND', '/data/dmv.cfw does not exist.'),
    });

    renderWithClient(<App />, client);

    expect(
      await screen.findByText(/There is no workspace at \/data\/dmv\.cfw/),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Create department workspace' }),
    ).toBeTruthy();
  });

  test('a refused startup file shows why, in the backend’s words', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'host.info': () => ({
        kind: 'browser',
        appVersion: '0.1.0',
        startupFile: FILE,
        pathEntry: true,
      }),
      'workspace.open': refuse(
        'E_WORKSPACE_LOCKED',
        'dmv.cfw is in use by another program.',
      ),
    });

    renderWithClient(<App />, client);

    expect(
      await screen.findByRole('heading', { name: 'This workspace is in use' }),
    ).toBeTruthy();
    expect(screen.getByText('dmv.cfw is in use by another program.')).toBeTruthy();
  });
});

describe('creating a department workspace', () => {
  test('the backend’s validation messages appear under the fields they concern', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'workspace.createDepartment': refuse('E_INPUT', 'invalid', {
        issues: [
          { path: ['profile', 'code'], message: 'a department code is 2 to 12 letters' },
          {
            path: ['profile', 'coordinator', 'email'],
            message: 'enter an email address',
          },
        ],
      }),
    });
    renderWithClient(
      <CreateDepartmentForm initialFile={FILE} onCancel={vi.fn()} />,
      client,
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Create department workspace' }),
    );

    const code = await screen.findByLabelText(/Department code/);
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('A department code is 2 to 12 letters')).toBeTruthy();
    expect(screen.getByText('Enter an email address')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Some fields need attention');
  });

  test('the typed profile is sent with the chosen file', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'workspace.createDepartment': refuse('E_FILE_EXISTS', 'dmv.cfw already exists.'),
    });
    renderWithClient(
      <CreateDepartmentForm initialFile={FILE} onCancel={vi.fn()} />,
      client,
    );
    await userEvent.type(await screen.findByLabelText(/Department code/), 'dmv');
    await userEvent.type(screen.getByLabelText(/Coordinator's name/), 'Maria Lopez');

    await userEvent.click(
      screen.getByRole('button', { name: 'Create department workspace' }),
    );

    expect(await screen.findByText('dmv.cfw already exists.')).toBeTruthy();
    const sent = client.calls.find(
      (call) => call.method === 'workspace.createDepartment',
    );
    expect(sent?.input).toMatchObject({
      file: '/data/dmv.cfw',
      profile: { code: 'dmv', coordinator: { name: 'Maria Lopez' }, designatedOn: null },
    });
  });
});

describe('choosing files on the desktop', () => {
  test('the native dialog is asked, and its answer shown, without a typed-path prompt', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'host.info': () => ({
        kind: 'desktop',
        appVersion: '0.1.0',
        startupFile: null,
        pathEntry: false,
      }),
      'host.pickFile': () => ({ file: 'grant-1', displayPath: '/Users/maria/dmv.cfw' }),
    });
    renderWithClient(<CreateDepartmentForm onCancel={vi.fn()} />, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Choose file…' }));

    expect(await screen.findByDisplayValue('/Users/maria/dmv.cfw')).toBeTruthy();
    expect(screen.queryByLabelText('File path')).toBeNull();
    const asked = client.calls.find((call) => call.method === 'host.pickFile');
    expect(asked?.input).toMatchObject({ purpose: 'create-workspace', mode: 'save' });
  });
});

describe('the open failure screen', () => {
  test('a newer workspace is explained and offers a way on', async () => {
    const onOpenAnother = vi.fn();
    const onBack = vi.fn();
    const error = new CallError(
      'E_WORKSPACE_NEWER',
      'dmv.cfw was made by version 99.0.0; this is version 0.1.0. Update the app to open it.',
    );
    renderWithClient(
      <OpenFailureScreen
        failure={{ file: FILE, error }}
        onOpenAnother={onOpenAnother}
        onBack={onBack}
      />,
      fakeClient(BROWSER_HOST),
    );

    const heading = await screen.findByRole('heading', {
      name: 'This workspace needs a newer version of the app',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Open another file…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));

    expect(heading).toBeTruthy();
    expect(
      within(screen.getByRole('alert')).getByText(/made by version 99\.0\.0/),
    ).toBeTruthy();
    expect(onOpenAnother).toHaveBeenCalledOnce();
    expect(onBack).toHaveBeenCalledOnce();
  });
});
