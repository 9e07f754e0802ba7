import { Button, Group, TextInput } from '@mantine/core';
import type { PickedFile } from '../../../shared/contract/host';
import { useFilePicker, WORKSPACE_FILTERS } from '../../components/FilePicker';

export interface WorkspaceFileFieldProps {
  file: PickedFile | null;
  onChange: (file: PickedFile) => void;
  /** A name to offer in the save dialog, such as dmv.cfw. */
  suggestedName: string;
  /** A message from the backend about the file; none by default. */
  error?: string;
}

/** Where a new workspace will be saved, chosen with the host's file picker. */
export function WorkspaceFileField(props: WorkspaceFileFieldProps) {
  const pick = useFilePicker();

  const choose = async () => {
    const file = await pick({
      purpose: 'create-workspace',
      mode: 'save',
      title: 'Save the new workspace as',
      suggestedName: props.suggestedName,
      filters: WORKSPACE_FILTERS,
    });
    if (file) props.onChange(file);
  };

  return (
    <Group align="flex-end" wrap="nowrap" gap="sm">
      <TextInput
        label="Workspace file"
        description="The new workspace is one file you can copy and back up."
        value={props.file?.displayPath ?? ''}
        placeholder="No file chosen yet"
        readOnly
        withAsterisk
        error={props.error}
        style={{ flex: 1 }}
      />
      <Button variant="default" onClick={() => void choose()}>
        Choose file…
      </Button>
    </Group>
  );
}
