import { Button, Group, TextInput } from '@mantine/core';
import type { PickedFile } from '../../../shared/contract/host';

export interface WorkspaceFileFieldProps {
  file: PickedFile | null;
  /** Opens the host's save dialog or path prompt. */
  onChoose: () => void;
  /** A message from the backend about the file; none by default. */
  error?: string;
}

/** Where a new workspace will be saved. */
export function WorkspaceFileField({ file, onChoose, error }: WorkspaceFileFieldProps) {
  return (
    <Group align="flex-end" wrap="nowrap" gap="sm">
      <TextInput
        label="Workspace file"
        description="The new workspace is one file you can copy and back up."
        value={file?.displayPath ?? ''}
        placeholder="No file chosen yet"
        readOnly
        withAsterisk
        error={error}
        style={{ flex: 1 }}
      />
      <Button variant="default" onClick={onChoose}>
        Choose file…
      </Button>
    </Group>
  );
}
