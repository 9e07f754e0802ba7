import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { DepartmentProfile } from '../../../shared/domain/workspace';
import { useBackendMutation } from '../../client/hooks';
import { fieldErrorsOf, messageOf } from '../../components/errors';
import { notifySuccess } from '../../components/notify';
import { Section } from '../../components/Section';
import { DepartmentFields } from './DepartmentFields';
import { formFromProfile, inputFromForm, type DepartmentField } from './profileForm';

export interface DepartmentProfileEditorProps {
  profile: DepartmentProfile;
  /** Called after a save or a cancel. */
  onDone: () => void;
}

export function DepartmentProfileEditor({
  profile,
  onDone,
}: DepartmentProfileEditorProps) {
  const [values, setValues] = useState(() => formFromProfile(profile));
  const save = useBackendMutation('department.updateProfile', {
    invalidates: ['department.', 'workspace.current', 'workspace.about'],
    onSuccess: () => {
      notifySuccess('Profile saved', 'The department profile was updated.');
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  const change = (field: DepartmentField, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <form
      aria-label="Edit the department profile"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(inputFromForm(values));
      }}
    >
      <Section title="Edit the department profile">
        <Stack gap="lg">
          {save.error && (
            <Alert color="red" title="The profile was not saved" role="alert">
              {hasFieldErrors
                ? 'Some fields need attention; see the messages below each one.'
                : messageOf(save.error)}
            </Alert>
          )}
          <DepartmentFields values={values} onChange={change} errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </Section>
    </form>
  );
}
