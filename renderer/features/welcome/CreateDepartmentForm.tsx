import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import type { PickedFile } from '../../../shared/contract/host';
import { useClient } from '../../client/context';
import { WORKSPACE_EXTENSION } from '../../components/FilePicker';
import { DepartmentFields } from '../department/DepartmentFields';
import {
  emptyDepartmentForm,
  inputFromForm,
  type DepartmentField,
} from '../department/profileForm';
import { useCreateForm } from './useCreateForm';
import { WorkspaceFileField } from './WorkspaceFileField';

export interface CreateFormProps {
  /** A file already chosen, such as a startup file that does not exist yet; none by default. */
  initialFile?: PickedFile | null;
  onCancel: () => void;
}

export function CreateDepartmentForm({ initialFile = null, onCancel }: CreateFormProps) {
  const client = useClient();
  const [values, setValues] = useState(emptyDepartmentForm);
  const suggestedName = `${values.code.trim().toLowerCase() || 'department'}${WORKSPACE_EXTENSION}`;
  const form = useCreateForm(initialFile, suggestedName);

  const change = (field: DepartmentField, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const create = (file: PickedFile) =>
    client.call('workspace.createDepartment', {
      file: file.file,
      profile: inputFromForm(values),
    });

  return (
    <form
      aria-label="Create a department workspace"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(create);
      }}
    >
      <Paper withBorder radius="md" p="xl">
        <Stack gap="lg">
          {form.formError && (
            <Alert color="red" title="The workspace was not created" role="alert">
              {form.formError}
            </Alert>
          )}
          <WorkspaceFileField
            file={form.file}
            onChoose={() => void form.chooseFile()}
            error={form.fileError}
          />
          <DepartmentFields
            values={values}
            onChange={change}
            errors={form.fieldErrors}
            withPublicProfile={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Back
            </Button>
            <Button type="submit" loading={form.submitting}>
              Create department workspace
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
