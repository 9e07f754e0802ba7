import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { SurveyDetail } from '../../../shared/domain/surveys';
import { useClient } from '../../client/context';
import { messageOf } from '../../components/errors';
import { useFilePicker } from '../../components/FilePicker';
import { notifySuccess } from '../../components/notify';

const WORKBOOK_FILTER = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

function suggestedName(survey: SurveyDetail): string {
  const title = survey.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${title || 'survey'}-${survey.period}-results.xlsx`;
}

/** Saves the compiled results, overall and by every breakdown, as an Excel workbook. */
export function ExportResultsButton({ survey }: { survey: SurveyDetail }) {
  const client = useClient();
  const pick = useFilePicker();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setError(null);
    const picked = await pick({
      purpose: 'save-export',
      mode: 'save',
      title: 'Save the results as an Excel workbook',
      suggestedName: suggestedName(survey),
      filters: WORKBOOK_FILTER,
    });
    if (!picked) return;
    setBusy(true);
    try {
      const written = await client.call('surveys.exportResults', {
        id: survey.id,
        file: picked.file,
      });
      notifySuccess(
        'Results saved',
        `${written.sheets.length} sheets were saved to ${written.path}. Small groups ` +
          `are shown as suppressed, as here.`,
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" loading={busy} onClick={() => void save()}>
        Export to Excel…
      </Button>
      {error !== null && (
        <Alert color="red" title="The results were not saved" role="alert">
          {messageOf(error)}
        </Alert>
      )}
    </Stack>
  );
}
