import { Alert, Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  languageName,
  type CompactVersion,
} from '../../../../shared/domain/actionPlanCompact';
import { useClient } from '../../../client/context';
import { useBackendQuery } from '../../../client/hooks';
import { messageOf } from '../../../components/errors';
import { useFilePicker } from '../../../components/FilePicker';
import { notifySuccess } from '../../../components/notify';

type Format = 'html' | 'pdf';

const FILTERS: Record<Format, { name: string; extensions: string[] }[]> = {
  html: [{ name: 'Web page', extensions: ['html'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};

/**
 * Saves a version as a print-ready page, or as a PDF in the desktop app. A language with
 * untranslated blocks is refused unless a partial page, which lists them, is asked for.
 */
export function ExportPanel({ version }: { version: CompactVersion }) {
  const client = useClient();
  const pick = useFilePicker();
  const info = useBackendQuery('host.info', {}, { staleTime: Infinity });
  const [language, setLanguage] = useState(version.languages[0] ?? 'en');
  const [allowPartial, setAllowPartial] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Format | null>(null);

  const save = async (format: Format) => {
    setError(null);
    const picked = await pick({
      purpose: 'save-export',
      mode: 'save',
      title:
        format === 'pdf' ? 'Save the compact as a PDF' : 'Save the compact as a web page',
      suggestedName: `compact-v${version.version}-${language}.${format}`,
      filters: FILTERS[format],
    });
    if (!picked) return;
    setBusy(format);
    try {
      const input = { file: picked.file, id: version.id, language, allowPartial };
      const result =
        format === 'pdf'
          ? await client.call('host.exportCompactPdf', input)
          : await client.call('compact.exportHtml', input);
      notifySuccess(
        'Compact saved',
        `Version ${version.version} in ${languageName(language)} was saved to ${result.path}.`,
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label="Language of the page"
          w={220}
          data={version.languages.map((code) => ({
            value: code,
            label: `${languageName(code)} (${code})`,
          }))}
          value={language}
          allowDeselect={false}
          onChange={(value) => value && setLanguage(value)}
        />
        <Checkbox
          label="Allow untranslated blocks, shown in English and listed on the page"
          checked={allowPartial}
          onChange={(event) => setAllowPartial(event.currentTarget.checked)}
          mb={6}
        />
      </Group>
      <Group gap="sm">
        <Button
          variant="default"
          loading={busy === 'html'}
          onClick={() => void save('html')}
        >
          Save as web page
        </Button>
        {info.data?.kind === 'desktop' && (
          <Button
            variant="default"
            loading={busy === 'pdf'}
            onClick={() => void save('pdf')}
          >
            Save as PDF
          </Button>
        )}
      </Group>
      {info.data?.kind === 'browser' && (
        <Text size="sm" c="dimmed">
          PDF export is available in the desktop app.
        </Text>
      )}
      {error !== null && (
        <Alert color="red" role="alert" title="The compact was not saved">
          {messageOf(error)}
        </Alert>
      )}
    </Stack>
  );
}
