import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../renderer/app/App';
import type { WorkspaceSummary } from '../../shared/domain/workspace';
import { BROWSER_HOST, fakeClient } from './fakeClient';
import { renderWithClient } from './render';

const OFFICE: WorkspaceSummary = {
  mode: 'office',
  title: 'Governor’s Customer Service Office',
  departmentCode: null,
  path: '/data/gcso.cfw',
  fileName: 'gcso.cfw',
  schemaVersion: 3,
};

const officeClient = () =>
  fakeClient({
    ...BROWSER_HOST,
    'workspace.current': () => OFFICE,
    'office.getProfile': () => ({
      name: OFFICE.title,
      executiveLeader: 'Jordan Reyes',
      email: null,
      website: null,
      updatedAt: '2026-12-01T00:00:00Z',
    }),
  });

beforeEach(() => {
  globalThis.location.hash = '';
});

describe('the app shell', () => {
  test('the header names the open workspace and its mode', async () => {
    renderWithClient(<App />, officeClient());

    const title = await screen.findByTestId('workspace-title');
    const header = screen.getByRole('banner');

    expect(title.textContent).toBe(OFFICE.title);
    expect(within(header).getByText('GCSO office')).toBeTruthy();
  });

  test('the navbar lists the office’s areas and marks the current one', async () => {
    renderWithClient(<App />, officeClient());

    const nav = await screen.findByRole('navigation', { name: 'Areas' });
    const home = within(nav).getByRole('link', { name: 'Home' });

    expect(home.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Settings and About' })).toBeTruthy();
  });

  test('the office home shows the office profile', async () => {
    renderWithClient(<App />, officeClient());

    expect(await screen.findByText('Jordan Reyes')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Edit profile' }));
    expect(screen.getByLabelText(/Executive leader/)).toBeTruthy();
  });
});
