import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { DepartmentProfile } from '../../../shared/domain/workspace';
import { useBackendQuery } from '../../client/hooks';
import { DetailList } from '../../components/DetailList';
import { formatDay } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { DepartmentProfileEditor } from './DepartmentProfileEditor';

function ProfileView({
  profile,
  onEdit,
}: {
  profile: DepartmentProfile;
  onEdit: () => void;
}) {
  const edit = (
    <Button variant="default" onClick={onEdit}>
      Edit profile
    </Button>
  );
  return (
    <Stack gap="lg">
      <Section title="Department profile" actions={edit}>
        <DetailList
          details={[
            { label: 'Department code', value: profile.code },
            { label: 'Department name', value: profile.name },
            { label: 'Mission', value: profile.mission },
            { label: 'Website', value: profile.website },
            { label: 'Public phone', value: profile.publicPhone },
            { label: 'Address', value: profile.address },
          ]}
        />
      </Section>
      <Section title="Customer Service Coordinator">
        <DetailList
          details={[
            { label: 'Name', value: profile.coordinator.name },
            { label: 'Title', value: profile.coordinator.title },
            { label: 'Email', value: profile.coordinator.email },
            { label: 'Phone', value: profile.coordinator.phone },
            { label: 'Reports to', value: profile.reportsTo },
            { label: 'Date designated', value: formatDay(profile.designatedOn) },
          ]}
        />
      </Section>
    </Stack>
  );
}

/** The department's home: its public profile and its coordinator's designation. */
export function DepartmentHome() {
  const profile = useBackendQuery('department.getProfile', {});
  const [editing, setEditing] = useState(false);

  if (!profile.data)
    return <QueryState error={profile.error} what="department profile" />;
  if (editing) {
    return (
      <DepartmentProfileEditor profile={profile.data} onDone={() => setEditing(false)} />
    );
  }
  return <ProfileView profile={profile.data} onEdit={() => setEditing(true)} />;
}
