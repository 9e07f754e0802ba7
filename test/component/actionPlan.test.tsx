import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { StandardStatusRow } from '../../shared/domain/actionPlanStandards';
import { ConfirmButton } from '../../renderer/features/action-plan/ConfirmButton';
import { ExportPanel } from '../../renderer/features/action-plan/compact/ExportPanel';
import { DashboardPage } from '../../renderer/features/action-plan/dashboard/DashboardPage';
import { ImportButton } from '../../renderer/features/action-plan/ImportButton';
import { BROWSER_HOST, fakeClient } from './fakeClient';
import { renderWithClient } from './render';

const SERVICE = { id: 1, code: 'DL-RENEW', name: 'Driver licence renewal' };

function statusRow(overrides: Partial<StandardStatusRow>): StandardStatusRow {
  return {
    id: 1,
    code: 'PHONE',
    service: SERVICE,
    channel: 'phone',
    measure: 'answer-time',
    unit: 'minutes',
    comparator: 'at-most',
    target: 3,
    periodKind: 'month',
    wording: 'We answer within 3 minutes.',
    published: true,
    latest: { period: '2026-02', value: 2.5, n: 870 },
    met: true,
    difference: -0.5,
    trend: { direction: 'improving', slopePerPeriod: -1.5, changeFromPrevious: -1.5 },
    series: [
      { period: '2026-01', value: 4, met: false },
      { period: '2026-02', value: 2.5, met: true },
    ],
    benchmark: {
      id: 1,
      code: 'BIB',
      name: 'Best call centres',
      kind: 'best-in-business',
      value: 1,
      source: 'Study',
      asOf: '2025-06-30',
    },
    gap: 1.5,
    standing: 'worse',
    ...overrides,
  };
}

const VERSION = {
  id: 1,
  version: 1,
  status: 'adopted' as const,
  languages: ['en', 'es'],
  adoptedOn: '2026-04-01',
  approvedBy: 'Director',
  supersededOn: null,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-04-01T00:00:00Z',
};

describe('the standards dashboard', () => {
  test('shows each standard met or not in words, its trend and its gap to the benchmark', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'services.list': () => [],
      'standards.status': () => ({
        standards: [
          statusRow({}),
          statusRow({
            id: 2,
            code: 'NEW',
            latest: null,
            met: null,
            difference: null,
            series: [],
            trend: {
              direction: 'insufficient',
              slopePerPeriod: null,
              changeFromPrevious: null,
            },
            benchmark: null,
            gap: null,
            standing: null,
          }),
        ],
      }),
    });

    renderWithClient(<DashboardPage />, client);

    const phone = (await screen.findByRole('link', { name: 'PHONE' })).closest(
      'tr',
    ) as HTMLElement;
    const fresh = screen.getByRole('link', { name: 'NEW' }).closest('tr') as HTMLElement;
    expect(within(phone).getByText('Met')).toBeTruthy();
    expect(within(phone).getByText('Improving')).toBeTruthy();
    expect(
      within(phone).getByText('1.5 minutes behind best in business (1 minute)'),
    ).toBeTruthy();
    expect(
      within(phone).getByRole('img', {
        name: /Jan 2026 4 minutes, Feb 2026 2.5 minutes/,
      }),
    ).toBeTruthy();
    expect(within(fresh).getByText('No data')).toBeTruthy();
    expect(within(fresh).getByText('No measurement yet')).toBeTruthy();
    expect(within(fresh).getByText('No benchmark')).toBeTruthy();
  });

  test('asks the backend again for a month typed as "as of", and not for a half-typed one', async () => {
    const client = fakeClient({
      ...BROWSER_HOST,
      'services.list': () => [],
      'standards.status': () => ({ standards: [] }),
    });
    renderWithClient(<DashboardPage />, client);
    const asOf = await screen.findByLabelText('As of (month or quarter)');

    await userEvent.type(asOf, '2026-0');
    await userEvent.type(asOf, '1');

    await waitFor(() => {
      const periods = client.calls
        .filter((call) => call.method === 'standards.status')
        .map((call) => (call.input as { period: string | null }).period);
      expect(periods).toEqual([null, '2026-01']);
    });
    expect(screen.getByText(/No adopted standard matches/)).toBeTruthy();
  });
});

describe('importing from a spreadsheet', () => {
  test('previews the counts and rejected rows, then imports what the preview promised', async () => {
    const report = {
      imported: 1,
      duplicates: 2,
      rejected: [{ row: 3, column: 'code', reason: 'a code is 1 to 40 letters' }],
      rejectedTotal: 1,
    };
    const client = fakeClient({
      ...BROWSER_HOST,
      'imports.preview': () => report,
      'imports.run': () => report,
    });
    renderWithClient(<ImportButton kind="services" />, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Import services' }));
    await userEvent.type(await screen.findByLabelText('File path'), '/data/services.csv');
    await userEvent.click(screen.getByRole('button', { name: 'Choose' }));
    const preview = await screen.findByRole('dialog', { name: 'Import services' });
    const rejected = within(preview).getByRole('table', { name: 'Rejected rows' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 row' }));

    expect(within(rejected).getByText('a code is 1 to 40 letters')).toBeTruthy();
    expect(within(preview).getByTestId('preview-duplicates').textContent).toBe(
      '2 already present',
    );
    await waitFor(() =>
      expect(client.calls.map((call) => call.method)).toContain('imports.run'),
    );
    const run = client.calls.find((call) => call.method === 'imports.run');
    expect(run?.input).toMatchObject({ kind: 'services', file: '/data/services.csv' });
  });
});

describe('exporting the compact', () => {
  test('offers a PDF only in the desktop app', async () => {
    const desktop = fakeClient({
      'host.info': () => ({
        kind: 'desktop',
        appVersion: '0.1.0',
        startupFile: null,
        pathEntry: false,
      }),
    });
    const browser = fakeClient(BROWSER_HOST);

    const { unmount } = renderWithClient(<ExportPanel version={VERSION} />, desktop);
    expect(await screen.findByRole('button', { name: 'Save as PDF' })).toBeTruthy();
    unmount();
    renderWithClient(<ExportPanel version={VERSION} />, browser);

    expect(
      await screen.findByText('PDF export is available in the desktop app.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as PDF' })).toBeNull();
  });
});

describe('a destructive action', () => {
  test('says what will be lost and does nothing unless confirmed', async () => {
    const onConfirm = vi.fn();
    renderWithClient(
      <ConfirmButton
        label="Delete"
        ariaLabel="Delete PHONE"
        title="Delete PHONE?"
        consequence="This also removes its 3 measurements."
        onConfirm={onConfirm}
      />,
      fakeClient(BROWSER_HOST),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Delete PHONE' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete PHONE?' });
    expect(
      within(dialog).getByText('This also removes its 3 measurements.'),
    ).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete PHONE' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Delete PHONE?' })).getByRole(
        'button',
        {
          name: 'Delete',
        },
      ),
    );

    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
