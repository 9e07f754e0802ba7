import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { Standard } from '../../shared/domain/actionPlanStandards';
import { SurveyFillButton } from '../../renderer/features/action-plan/standards/SurveyFillButton';
import { fakeClient } from './fakeClient';
import { renderWithClient } from './render';

function standardOf(overrides: Partial<Standard>): Standard {
  return {
    id: 7,
    code: 'SATISFIED',
    service: { id: 1, code: 'DL-RENEW', name: 'Driver licence renewal' },
    channel: null,
    measure: 'satisfaction',
    unit: 'percent',
    comparator: 'at-least',
    target: 80,
    periodKind: 'quarter',
    dataSource: 'survey',
    sourceReference: 'satisfaction',
    effectiveFrom: null,
    effectiveTo: null,
    status: 'adopted',
    published: false,
    wording: null,
    baseline: null,
    baselinePeriod: null,
    goal: null,
    goalPeriod: null,
    benchmarkId: null,
    measurementCount: 0,
    updatedAt: '2026-04-01T00:00:00Z',
    ...overrides,
  };
}

describe('the fill from survey results button', () => {
  test('fills the standard and says which quarters were skipped and why', async () => {
    const client = fakeClient({
      'measurements.fillFromSurveys': () => ({
        filled: 1,
        skipped: [{ period: '2026-Q2', reason: 'fewer than 5 answers' }],
      }),
    });
    renderWithClient(<SurveyFillButton standard={standardOf({})} />, client);

    await userEvent.click(
      screen.getByRole('button', { name: 'Fill from survey results' }),
    );

    expect(
      await screen.findByText(
        'One quarter recorded. Q2 2026 skipped: fewer than 5 answers.',
      ),
    ).toBeTruthy();
    expect(client.calls).toContainEqual({
      method: 'measurements.fillFromSurveys',
      input: { standardId: 7 },
    });
  });

  test('is not offered for a standard entered by hand', () => {
    renderWithClient(
      <SurveyFillButton standard={standardOf({ dataSource: 'manual' })} />,
      fakeClient({}),
    );

    expect(screen.queryByRole('button', { name: 'Fill from survey results' })).toBeNull();
  });
});
