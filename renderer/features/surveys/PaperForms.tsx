import { Button, Group, Stack, Text } from '@mantine/core';
import {
  LANGUAGE_NAMES,
  type SurveyDetail,
  type SurveyLanguage,
} from '../../../shared/domain/surveys';
import { useClient } from '../../client/context';
import { useBackendQuery } from '../../client/hooks';
import { useFilePicker } from '../../components/FilePicker';
import { notifyFailure, notifySuccess } from '../../components/notify';

type Format = 'html' | 'pdf';

const FILTERS: Record<Format, { name: string; extensions: string[] }[]> = {
  html: [{ name: 'Web page', extensions: ['html'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};

const AFTER_SAVING: Record<Format, string> = {
  html: 'open it in a browser and print it.',
  pdf: 'print it or send it on.',
};

function useSaveForm(survey: SurveyDetail) {
  const pick = useFilePicker();
  const client = useClient();
  return async (language: SurveyLanguage, format: Format) => {
    const languageName = LANGUAGE_NAMES[language].english;
    const picked = await pick({
      purpose: 'save-export',
      mode: 'save',
      title:
        format === 'pdf'
          ? `Save the ${languageName} paper form as a PDF`
          : `Save the ${languageName} paper form`,
      suggestedName: `survey-${survey.id}-form-${language}.${format}`,
      filters: FILTERS[format],
    });
    if (!picked) return;
    const input = { id: survey.id, language, file: picked.file };
    try {
      await (format === 'pdf'
        ? client.call('host.exportSurveyFormPdf', input)
        : client.call('surveys.saveForm', input));
      notifySuccess('Paper form saved', `${picked.displayPath}: ${AFTER_SAVING[format]}`);
    } catch (error) {
      notifyFailure('The form was not saved', error);
    }
  };
}

/**
 * Saves the printable form in each language as a web page, and as a PDF in the desktop
 * app, which alone can print one.
 */
export function PaperForms({ survey }: { survey: SurveyDetail }) {
  const info = useBackendQuery('host.info', {}, { staleTime: Infinity });
  const save = useSaveForm(survey);
  const desktop = info.data?.kind === 'desktop';
  return (
    <Stack gap="xs" align="flex-end">
      {survey.languages.map((language) => {
        const name = LANGUAGE_NAMES[language].english;
        return (
          <Group key={language} gap="xs">
            <Button variant="default" onClick={() => void save(language, 'html')}>
              Save {name} form
            </Button>
            {desktop && (
              <Button variant="default" onClick={() => void save(language, 'pdf')}>
                Save {name} form as PDF…
              </Button>
            )}
          </Group>
        );
      })}
      {info.data?.kind === 'browser' && (
        <Text size="sm" c="dimmed">
          PDF forms are available in the desktop app.
        </Text>
      )}
    </Stack>
  );
}
