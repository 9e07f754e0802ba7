import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import type { PickedFile } from '../../../shared/contract/host';
import { useClient } from '../../client/context';
import { WORKSPACE_EXTENSION } from '../../components/FilePicker';
import { OfficeFields } from '../office/OfficeFields';
import {
  emptyOfficeForm,
  officeInputFromForm,
  type OfficeField,
} from '../office/officeForm';
import type { CreateFormProps } from './CreateDepartmentForm';
import { useCreateForm } from './useCreateForm';
import { WorkspaceFileField } from './WorkspaceFileField';

export function CreateOfficeForm({ initialFile = null, onCancel }: CreateFormProps) {
  const client = useClient();
  const [values, setValues] = useState(emptyOfficeForm);
  const suggestedName = `gcso-office${WORKSPACE_EXTENSION}`;
  const form = useCreateForm(initialFile, suggestedName);

  const change = (field: OfficeField, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const create = (file: PickedFile) =>
    client.call('workspace.createOffice', {
      file: file.file,
      profile: officeInputFromForm(values),
    });

  return (
    <form
      aria-label="Create the office workspace"
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
          <OfficeFields
            values={values}
            onChange={change}
            errors={form.fieldErrors}
            withContact={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Back
            </Button>
            <Button type="submit" loading={form.submitting}>
              Create office workspace
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
