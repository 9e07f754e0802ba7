import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { OfficeProfile } from '../../../shared/domain/workspace';
import { useBackendMutation, useBackendQuery } from '../../client/hooks';
import { DetailList } from '../../components/DetailList';
import { fieldErrorsOf, messageOf } from '../../components/errors';
import { notifySuccess } from '../../components/notify';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { OfficeFields } from './OfficeFields';
import {
  officeFormFromProfile,
  officeInputFromForm,
  type OfficeField,
} from './officeForm';

function OfficeEditor({
  profile,
  onDone,
}: {
  profile: OfficeProfile;
  onDone: () => void;
}) {
  const [values, setValues] = useState(() => officeFormFromProfile(profile));
  const save = useBackendMutation('office.updateProfile', {
    invalidates: ['office.', 'workspace.current', 'workspace.about'],
    onSuccess: () => {
      notifySuccess('Profile saved', 'The office profile was updated.');
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);

  const change = (field: OfficeField, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <form
      aria-label="Edit the office profile"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(officeInputFromForm(values));
      }}
    >
      <Section title="Edit the office profile">
        <Stack gap="lg">
          {save.error && (
            <Alert color="red" title="The profile was not saved" role="alert">
              {Object.keys(errors).length > 0
                ? 'Some fields need attention; see the messages below each one.'
                : messageOf(save.error)}
            </Alert>
          )}
          <OfficeFields values={values} onChange={change} errors={errors} />
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

/** The office's home: the Governor's Customer Service Office profile. */
export function OfficeHome() {
  const profile = useBackendQuery('office.getProfile', {});
  const [editing, setEditing] = useState(false);

  if (!profile.data) return <QueryState error={profile.error} what="office profile" />;
  if (editing)
    return <OfficeEditor profile={profile.data} onDone={() => setEditing(false)} />;
  return (
    <Stack gap="lg">
      <Section
        title="Office profile"
        actions={
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit profile
          </Button>
        }
      >
        <DetailList
          details={[
            { label: 'Office name', value: profile.data.name },
            { label: 'Executive leader', value: profile.data.executiveLeader },
            { label: 'Email', value: profile.data.email },
            { label: 'Website', value: profile.data.website },
          ]}
        />
      </Section>
    </Stack>
  );
}
