import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { PickedFile } from '../../../shared/contract/host';
import { useClient } from '../../client/context';
import { useBackendQuery } from '../../client/hooks';
import { notifyFailure } from '../notify';
import { suggestedPath, type PickOptions } from './paths';

/** Asks the person for a file; null when they cancel. */
export type PickFile = (options: PickOptions) => Promise<PickedFile | null>;

const FilePickerContext = createContext<PickFile | null>(null);

interface Prompt {
  options: PickOptions;
  initialPath: string;
  settle: (picked: PickedFile | null) => void;
}

/**
 * Provides `useFilePicker()`. The desktop host shows its native dialog; the browser harness
 * (tests and demos) has no dialog, so the path is typed into a modal instead.
 */
export function FilePickerProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const info = useBackendQuery('host.info', {}, { staleTime: Infinity });
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const pathEntry = info.data?.pathEntry ?? false;
  const startupPath = info.data?.startupFile?.displayPath ?? null;

  const pick = useCallback<PickFile>(
    (options) => {
      if (!pathEntry) {
        const { near: _near, ...dialog } = options;
        return client.call('host.pickFile', dialog).catch((error: unknown) => {
          notifyFailure('The file dialog could not be shown', error);
          return null;
        });
      }
      return new Promise<PickedFile | null>((settle) => {
        setPrompt({ options, initialPath: suggestedPath(options, startupPath), settle });
      });
    },
    [client, pathEntry, startupPath],
  );

  const finish = (picked: PickedFile | null) => {
    prompt?.settle(picked);
    setPrompt(null);
  };

  return (
    <FilePickerContext.Provider value={pick}>
      {children}
      {prompt && (
        <PathEntryModal
          key={prompt.initialPath}
          title={prompt.options.title}
          initialPath={prompt.initialPath}
          onDone={finish}
        />
      )}
    </FilePickerContext.Provider>
  );
}

function PathEntryModal(props: {
  title: string;
  initialPath: string;
  onDone: (picked: PickedFile | null) => void;
}) {
  const [path, setPath] = useState(props.initialPath);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (trimmed === '') {
      setError('Type the path of a file.');
      return;
    }
    props.onDone({ file: trimmed, displayPath: trimmed });
  };

  return (
    <Modal opened onClose={() => props.onDone(null)} title={props.title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            This window has no file dialog, so type the full path of the file on this
            computer.
          </Text>
          <TextInput
            label="File path"
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            error={error}
            data-autofocus
            spellCheck={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.onDone(null)}>
              Cancel
            </Button>
            <Button type="submit">Choose</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The one way every screen asks for a file, on every host. */
export function useFilePicker(): PickFile {
  const pick = useContext(FilePickerContext);
  if (!pick) throw new Error('useFilePicker must be used inside FilePickerProvider');
  return pick;
}
