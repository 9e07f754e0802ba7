import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { RecentWorkspace } from '../../shared/contract/host';
import { RecentList } from '../../renderer/features/welcome/RecentList';
import { BROWSER_HOST, fakeClient } from './fakeClient';
import { renderWithClient } from './render';

const DMV: RecentWorkspace = {
  file: '/data/dmv.cfw',
  displayPath: '/data/dmv.cfw',
  title: 'Department of Motor Vehicles',
  mode: 'department',
  lastOpenedAt: '2026-12-01T09:30:00Z',
  found: true,
};

describe('the recent workspaces list', () => {
  test('opens a workspace with one click', async () => {
    const onOpen = vi.fn();
    renderWithClient(
      <RecentList onOpen={onOpen} />,
      fakeClient({ ...BROWSER_HOST, 'host.recentWorkspaces': () => [DMV] }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Open Department of Motor Vehicles' }),
    );

    expect(onOpen).toHaveBeenCalledWith(DMV);
  });

  test('a workspace whose file has gone stays listed, marked as not found', async () => {
    const onOpen = vi.fn();
    const moved = { ...DMV, found: false };
    renderWithClient(
      <RecentList onOpen={onOpen} />,
      fakeClient({ ...BROWSER_HOST, 'host.recentWorkspaces': () => [moved] }),
    );

    expect(await screen.findByText('Not found')).toBeTruthy();
    expect(screen.getByText(/the file was moved, renamed or deleted/)).toBeTruthy();
    await userEvent.click(
      screen.getByRole('button', { name: 'Open Department of Motor Vehicles' }),
    );
    expect(onOpen).toHaveBeenCalledWith(moved);
  });

  test('a forgotten workspace leaves the list', async () => {
    let remembered = [DMV];
    const client = fakeClient({
      ...BROWSER_HOST,
      'host.recentWorkspaces': () => remembered,
      'host.forgetRecent': () => {
        remembered = [];
        return { forgotten: true };
      },
    });
    renderWithClient(<RecentList onOpen={vi.fn()} />, client);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Forget Department of Motor Vehicles' }),
    );

    await waitFor(() =>
      expect(screen.queryByText('Department of Motor Vehicles')).toBeNull(),
    );
    expect(screen.getByText(/will be listed here/)).toBeTruthy();
    expect(client.calls).toContainEqual({
      method: 'host.forgetRecent',
      input: { file: '/data/dmv.cfw' },
    });
  });
});
