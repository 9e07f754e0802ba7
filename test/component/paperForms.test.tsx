import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { SurveyDetail } from '../../shared/domain/surveys';
import { PaperForms } from '../../renderer/features/surveys/PaperForms';
import { BROWSER_HOST, fakeClient } from './fakeClient';
import { renderWithClient } from './render';

const SURVEY: SurveyDetail = {
  id: '3',
  title: 'After your visit',
  template: 'customer',
  audience: 'customer',
  period: '2026-Q1',
  responses: 0,
  offered: null,
  responseRate: null,
  version: 1,
  clonedFrom: null,
  updatedAt: '2026-01-05T10:00:00.000Z',
  fieldingStart: null,
  fieldingEnd: null,
  channels: ['in-person'],
  segments: [],
  languages: ['en', 'es'],
  minCellSize: 5,
  defaultMinCellSize: 5,
  questions: [],
  versions: [{ version: 1, responses: 0, createdAt: '2026-01-05T10:00:00.000Z' }],
  createdAt: '2026-01-05T10:00:00.000Z',
};

function desktopClient() {
  return fakeClient({
    'host.info': () => ({
      kind: 'desktop',
      appVersion: '0.1.0',
      startupFile: null,
      pathEntry: false,
    }),
    'host.pickFile': () => ({ file: 'file_picked', displayPath: '/forms/form-es.pdf' }),
    'host.exportSurveyFormPdf': () => ({ path: '/forms/form-es.pdf', bytes: 2048 }),
  });
}

describe('saving a survey\u2019s paper form', () => {
  test('offers a PDF of each language only in the desktop app', async () => {
    const { unmount } = renderWithClient(<PaperForms survey={SURVEY} />, desktopClient());

    expect(
      await screen.findByRole('button', { name: 'Save Spanish form as PDF…' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Save English form as PDF…' }),
    ).toBeTruthy();
    unmount();
    renderWithClient(<PaperForms survey={SURVEY} />, fakeClient(BROWSER_HOST));

    expect(
      await screen.findByText('PDF forms are available in the desktop app.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save Spanish form' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /as PDF/ })).toBeNull();
  });

  test('asks where to save a .pdf, prints that language there and names the file', async () => {
    const client = desktopClient();
    renderWithClient(<PaperForms survey={SURVEY} />, client);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Save Spanish form as PDF…' }),
    );

    await waitFor(() =>
      expect(client.calls.map((call) => call.method)).toContain(
        'host.exportSurveyFormPdf',
      ),
    );
    const picked = client.calls.find((call) => call.method === 'host.pickFile');
    expect(picked?.input).toMatchObject({
      purpose: 'save-export',
      mode: 'save',
      suggestedName: 'survey-3-form-es.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    const printed = client.calls.find(
      (call) => call.method === 'host.exportSurveyFormPdf',
    );
    expect(printed?.input).toEqual({ id: '3', language: 'es', file: 'file_picked' });
    expect(await screen.findByText(/\/forms\/form-es\.pdf/)).toBeTruthy();
  });
});
