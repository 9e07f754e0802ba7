import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ErrorCode } from '../../../shared/errors';
import type { OpenFailure } from '../../app/WorkspaceSession';
import { useForgetRecent } from './useForgetRecent';

interface FailureWords {
  heading: string;
  advice: string;
}

/** What each refusal means for the person and what they can do next. */
const FAILURE_WORDS: Partial<Record<ErrorCode, FailureWords>> = {
  E_NOT_A_WORKSPACE: {
    heading: 'This file is not a workspace',
    advice:
      'Choose a Californians First workspace file instead. The file was not changed.',
  },
  E_WORKSPACE_NEWER: {
    heading: 'This workspace needs a newer version of the app',
    advice: 'Update Californians First, then open the file again. It was not changed.',
  },
  E_WORKSPACE_DAMAGED: {
    heading: 'This workspace is damaged',
    advice:
      'It was not opened, so nothing in it was changed. Open a backup copy instead; ' +
      'automatic backups sit beside the file.',
  },
  E_WORKSPACE_LOCKED: {
    heading: 'This workspace is in use',
    advice: 'Another window or program has it open. Close it there, then try again.',
  },
  E_FILE_NOT_FOUND: {
    heading: 'The file could not be found',
    advice: 'It may have been moved, renamed or deleted. Choose where it is now.',
  },
};

const OTHER_FAILURE: FailureWords = {
  heading: 'The workspace could not be opened',
  advice: 'The file was left as it was.',
};

export function wordsFor(code: ErrorCode): FailureWords {
  return FAILURE_WORDS[code] ?? OTHER_FAILURE;
}

export interface OpenFailureScreenProps {
  failure: OpenFailure;
  onOpenAnother: () => void;
  onBack: () => void;
}

export function OpenFailureScreen({
  failure,
  onOpenAnother,
  onBack,
}: OpenFailureScreenProps) {
  const words = wordsFor(failure.error.code);
  const forget = useForgetRecent();
  const missing = failure.error.code === 'E_FILE_NOT_FOUND';
  return (
    <Paper withBorder radius="md" p="xl" maw={760} data-error-code={failure.error.code}>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {words.heading}
        </Title>
        <Alert color="red" variant="light" title="What happened" role="alert">
          <Text size="sm">{failure.error.message}</Text>
        </Alert>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            File
          </Text>
          <Code block>{failure.file.displayPath}</Code>
        </Stack>
        <Text>{words.advice}</Text>
        <Group>
          <Button onClick={onOpenAnother}>Open another file…</Button>
          {missing && (
            <Button
              variant="default"
              onClick={() => void forget(failure.file.file).then(onBack)}
            >
              Remove from recent list
            </Button>
          )}
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
