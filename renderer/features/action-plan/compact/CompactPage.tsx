import {
  Alert,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import {
  BLOCK_KIND_LABELS,
  languageName,
  SOURCE_LANGUAGE,
  type CompactDetail,
  type CompactVersion,
} from '../../../../shared/domain/actionPlanCompact';
import { navigate, useRoute } from '../../../app/router';
import { useBackendMutation, useBackendQuery } from '../../../client/hooks';
import { messageOf } from '../../../components/errors';
import { QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { DraftEditor } from './DraftEditor';
import { ExportPanel } from './ExportPanel';

const STATUS_COLORS: Record<CompactVersion['status'], string> = {
  draft: 'yellow.4',
  adopted: 'teal.9',
  superseded: 'gray.7',
};

function History({
  versions,
  selected,
}: {
  versions: CompactVersion[];
  selected: number | null;
}) {
  return (
    <Table striped aria-label="Versions of the compact">
      <Table.Thead>
        <Table.Tr>
          {[
            'Version',
            'Status',
            'Adopted on',
            'Approved by',
            'Superseded on',
            'Languages',
            '',
          ].map((heading) => (
            <Table.Th key={heading || 'open'} scope="col">
              {heading || <VisuallyHidden>Open</VisuallyHidden>}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((version) => (
          <Table.Tr
            key={version.id}
            aria-current={version.id === selected ? 'true' : undefined}
          >
            <Table.Td>{version.version}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLORS[version.status]} variant="filled" autoContrast>
                {version.status}
              </Badge>
            </Table.Td>
            <Table.Td>{version.adoptedOn ?? '\u2014'}</Table.Td>
            <Table.Td>{version.approvedBy ?? '\u2014'}</Table.Td>
            <Table.Td>{version.supersededOn ?? '\u2014'}</Table.Td>
            <Table.Td>{version.languages.join(', ')}</Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => navigate('compact', String(version.id))}
                aria-label={`Open version ${version.version}`}
              >
                Open
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** An adopted or superseded version, read only, in any of its languages. */
function VersionView({ version }: { version: CompactDetail }) {
  const [language, setLanguage] = useState(SOURCE_LANGUAGE);
  return (
    <Stack gap="lg">
      <Section title={`Version ${version.version} (${version.status})`}>
        <Text size="sm">
          Adopted on {version.adoptedOn} by {version.approvedBy}
          {version.supersededOn ? `; superseded on ${version.supersededOn}` : ''}.
        </Text>
        {version.languages.length > 1 && (
          <SegmentedControl
            aria-label="Language shown"
            data={version.languages.map((code) => ({
              value: code,
              label: languageName(code),
            }))}
            value={language}
            onChange={setLanguage}
          />
        )}
        <Stack gap="xs" lang={language}>
          {version.blocks.map((block) => (
            <div key={block.id}>
              <Text size="xs" c="dimmed" lang="en">
                {BLOCK_KIND_LABELS[block.kind]}
              </Text>
              {block.kind === 'title' || block.kind === 'heading' ? (
                <Title order={3} size="h5">
                  {block.texts[language] ?? ''}
                </Title>
              ) : (
                <Text style={{ whiteSpace: 'pre-wrap' }}>
                  {block.texts[language] ?? ''}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      </Section>
      <Section title="Save as a page">
        <ExportPanel version={version} />
      </Section>
    </Stack>
  );
}

function SelectedVersion({ id }: { id: number }) {
  const detail = useBackendQuery('compact.get', { id });
  if (!detail.data) return <QueryState error={detail.error} what="compact" />;
  return detail.data.status === 'draft' ? (
    <DraftEditor draft={detail.data} />
  ) : (
    <VersionView version={detail.data} />
  );
}

/** The compact with customers: the draft being written, the one in force, and the history. */
export function CompactPage() {
  const route = useRoute();
  const versions = useBackendQuery('compact.list', {});
  const start = useBackendMutation('compact.createDraft', {
    invalidates: ['compact.'],
    onSuccess: (draft) => navigate('compact', String(draft.id)),
  });
  if (!versions.data) return <QueryState error={versions.error} what="compact" />;
  const list = versions.data;
  const draft = list.find((version) => version.status === 'draft');
  const adopted = list.find((version) => version.status === 'adopted');
  const requested = route.rest[0] ? Number(route.rest[0]) : null;
  const selected =
    list.find((version) => version.id === requested) ?? draft ?? adopted ?? null;
  const startButton = !draft && (
    <Button onClick={() => start.mutate({})} loading={start.isPending}>
      {adopted ? 'Start an amendment' : 'Start the compact'}
    </Button>
  );
  return (
    <Stack gap="lg">
      {start.error && (
        <Alert color="red" role="alert" title="The draft was not started">
          {messageOf(start.error)}
        </Alert>
      )}
      {list.length === 0 ? (
        <Section title="No compact yet" actions={startButton}>
          <Text>
            The compact with customers is the department&rsquo;s written promise: its
            published service standards, its own commitments, how to reach it and how to
            complain. Start a draft and the app fills in the usual sections, your contact
            details and every published standard.
          </Text>
        </Section>
      ) : (
        <Section title="History" actions={<Group>{startButton}</Group>}>
          <History versions={list} selected={selected?.id ?? null} />
        </Section>
      )}
      {selected && <SelectedVersion key={selected.id} id={selected.id} />}
    </Stack>
  );
}
