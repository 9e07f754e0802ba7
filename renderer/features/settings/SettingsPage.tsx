import { Badge, Button, Code, Group, List, Stack, Table, Text } from '@mantine/core';
import type { BackupRecord, WorkspaceAbout } from '../../../shared/domain/workspace';
import { useBackendQuery } from '../../client/hooks';
import { DetailList } from '../../components/DetailList';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { MODE_LABELS } from '../../app/modes';
import { formatBytes, formatMoment } from '../../components/format';
import { useBackupNow } from './useBackupNow';

function describeBackup(backup: BackupRecord | null) {
  if (!backup) return null;
  return (
    <>
      {formatMoment(backup.at)} ({formatBytes(backup.bytes)})
      <br />
      <Code>{backup.path}</Code>
    </>
  );
}

/** Table names as written in the database, read as words: department_profile → department profile. */
const humanTable = (name: string) => name.replace(/_/g, ' ');

function WorkspaceDetails({ about }: { about: WorkspaceAbout }) {
  const { workspace } = about;
  const schema =
    workspace.schemaVersion === about.shippedSchemaVersion
      ? String(workspace.schemaVersion)
      : `${workspace.schemaVersion} (this app writes ${about.shippedSchemaVersion})`;
  return (
    <DetailList
      details={[
        { label: 'Workspace file', value: <Code>{workspace.path}</Code> },
        { label: 'Mode', value: MODE_LABELS[workspace.mode] },
        { label: 'Schema version', value: schema },
        { label: 'App version', value: about.appVersion },
        {
          label: 'Created',
          value: `${formatMoment(about.createdAt)} by version ${about.createdByAppVersion}`,
        },
        { label: 'Last backup', value: describeBackup(about.lastBackup) },
      ]}
    />
  );
}

function IntegrityDetails({ about }: { about: WorkspaceAbout }) {
  const report = about.integrityAtOpen;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Badge color={report.ok ? 'teal' : 'red'} variant="light" data-ok={report.ok}>
          {report.ok ? 'Passed' : 'Problems found'}
        </Badge>
        <Text size="sm">
          Checked {formatMoment(report.checkedAt)}, when the file was opened.
        </Text>
      </Group>
      {!report.ok && (
        <List size="sm">
          {report.messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function AutomaticBackups({ backups }: { backups: BackupRecord[] }) {
  if (backups.length === 0) {
    return (
      <Text size="sm">
        None yet. Before the app updates this workspace to a new version, it saves a copy
        beside the file and keeps the last few.
      </Text>
    );
  }
  return (
    <List size="sm" spacing="xs">
      {backups.map((backup) => (
        <List.Item key={backup.path}>{describeBackup(backup)}</List.Item>
      ))}
    </List>
  );
}

function RowCounts({ counts }: { counts: Record<string, number> }) {
  return (
    <Table striped withTableBorder maw={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Kind of record</Table.Th>
          <Table.Th scope="col" ta="right">
            Rows
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Object.entries(counts).map(([table, count]) => (
          <Table.Tr key={table}>
            <Table.Td>{humanTable(table)}</Table.Td>
            <Table.Td ta="right">{count.toLocaleString()}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Everything about the file itself: versions, integrity, backups and contents. */
export function SettingsPage() {
  const about = useBackendQuery('workspace.about', {});
  if (!about.data) return <QueryState error={about.error} what="workspace details" />;
  return <SettingsContent about={about.data} />;
}

function SettingsContent({ about }: { about: WorkspaceAbout }) {
  const backUpNow = useBackupNow(about.workspace);
  return (
    <Stack gap="lg">
      <Section title="This workspace">
        <WorkspaceDetails about={about} />
      </Section>
      <Section
        title="Back up"
        actions={<Button onClick={() => void backUpNow()}>Back up now…</Button>}
      >
        <Text size="sm">
          A backup is a complete copy of the workspace that opens like the original. It
          can be made while you work.
        </Text>
      </Section>
      <Section title="Integrity check">
        <IntegrityDetails about={about} />
      </Section>
      <Section title="Automatic backups before updates">
        <AutomaticBackups backups={about.automaticBackups} />
      </Section>
      <Section title="Contents">
        <RowCounts counts={about.counts} />
      </Section>
    </Stack>
  );
}
