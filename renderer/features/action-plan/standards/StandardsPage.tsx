import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  BENCHMARK_KIND_LABELS,
  formatValue,
  MEASURE_LABELS,
  type Benchmark,
  type Standard,
} from '../../../../shared/domain/actionPlanStandards';
import { RouteLink, useRoute } from '../../../app/router';
import { useBackendMutation, useBackendQuery } from '../../../client/hooks';
import { notifyFailure } from '../../../components/notify';
import { QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { ConfirmButton } from '../ConfirmButton';
import { ImportButton } from '../ImportButton';
import { channelLabel, STATUS_LABELS } from '../options';
import { BenchmarkForm } from './BenchmarkForm';
import { StandardDetail, targetText } from './StandardDetail';
import { StandardForm } from './StandardForm';
import { TableHead } from '../../../components/TableHead';

type Editing<T> = { item: T | null } | null;

function StandardsSection({
  standards,
  benchmarks,
}: {
  standards: Standard[];
  benchmarks: Benchmark[];
}) {
  const services = useBackendQuery('services.list', {});
  const [editing, setEditing] = useState<Editing<Standard>>(null);
  const remove = useBackendMutation('standards.delete', {
    invalidates: ['standards.', 'services.'],
    onError: (error) => notifyFailure('The standard was not deleted', error),
  });
  const noServices = services.data?.length === 0;
  const actions = (
    <Group gap="xs">
      <ImportButton kind="standards" />
      <Button
        onClick={() => setEditing({ item: null })}
        disabled={!services.data || noServices}
      >
        Add standard
      </Button>
    </Group>
  );
  return (
    <Section title="Service standards" actions={actions}>
      {noServices && (
        <Text c="dimmed">Add a service first: every standard covers a service.</Text>
      )}
      {standards.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label="Service standards">
            <TableHead
              headings={[
                'Code',
                'Service',
                'Channel',
                'Measure',
                'Target',
                'Status',
                'Periods',
                'Actions',
              ]}
            />
            <Table.Tbody>
              {standards.map((standard) => (
                <Table.Tr key={standard.id}>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={RouteLink}
                      area="standards"
                      path={[String(standard.id)]}
                    >
                      {standard.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{standard.service.code}</Table.Td>
                  <Table.Td>{channelLabel(standard.channel)}</Table.Td>
                  <Table.Td>{MEASURE_LABELS[standard.measure]}</Table.Td>
                  <Table.Td>{targetText(standard)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge
                        variant={standard.status === 'adopted' ? 'filled' : 'outline'}
                        color={standard.status === 'adopted' ? 'blue.9' : 'gray.7'}
                      >
                        {STATUS_LABELS[standard.status]}
                      </Badge>
                      {standard.published && (
                        <Badge variant="outline" color="gray.7">
                          Published
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{standard.measurementCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={`Edit ${standard.code}`}
                        onClick={() => setEditing({ item: standard })}
                      >
                        Edit
                      </Button>
                      <ConfirmButton
                        size="compact-sm"
                        label="Delete"
                        ariaLabel={`Delete ${standard.code}`}
                        title={`Delete ${standard.code}?`}
                        consequence={
                          `This also removes its ` +
                          `${standard.measurementCount} measurements. It cannot be undone.`
                        }
                        onConfirm={() => remove.mutate({ id: standard.id })}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {standards.length === 0 && !noServices && <Text c="dimmed">No standards yet.</Text>}
      {editing && services.data && (
        <StandardForm
          standard={editing.item}
          services={services.data}
          benchmarks={benchmarks}
          onClose={() => setEditing(null)}
        />
      )}
    </Section>
  );
}

function BenchmarksSection({ benchmarks }: { benchmarks: Benchmark[] }) {
  const [editing, setEditing] = useState<Editing<Benchmark>>(null);
  const remove = useBackendMutation('benchmarks.delete', {
    invalidates: ['benchmarks.', 'standards.'],
    onError: (error) => notifyFailure('The benchmark was not deleted', error),
  });
  const actions = (
    <Group gap="xs">
      <ImportButton kind="benchmarks" />
      <Button onClick={() => setEditing({ item: null })}>Add benchmark</Button>
    </Group>
  );
  return (
    <Section title="Benchmarks" actions={actions}>
      {benchmarks.length === 0 ? (
        <Text c="dimmed">
          No benchmarks yet. Add the best in business, a peer department or a national
          figure to compare against.
        </Text>
      ) : (
        <Table striped aria-label="Benchmarks">
          <TableHead
            headings={[
              'Code',
              'Name',
              'Kind',
              'Measure',
              'Value',
              'Source',
              'As of',
              'Actions',
            ]}
          />
          <Table.Tbody>
            {benchmarks.map((benchmark) => (
              <Table.Tr key={benchmark.id}>
                <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {benchmark.code}
                </Table.Td>
                <Table.Td>{benchmark.name}</Table.Td>
                <Table.Td>{BENCHMARK_KIND_LABELS[benchmark.kind]}</Table.Td>
                <Table.Td>
                  {MEASURE_LABELS[benchmark.measure]}
                  {benchmark.channel ? ` (${channelLabel(benchmark.channel)})` : ''}
                </Table.Td>
                <Table.Td>{formatValue(benchmark.value, benchmark.unit)}</Table.Td>
                <Table.Td>{benchmark.source}</Table.Td>
                <Table.Td>{benchmark.asOf}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`Edit ${benchmark.code}`}
                      onClick={() => setEditing({ item: benchmark })}
                    >
                      Edit
                    </Button>
                    <ConfirmButton
                      size="compact-sm"
                      label="Delete"
                      ariaLabel={`Delete ${benchmark.code}`}
                      title={`Delete ${benchmark.code}?`}
                      consequence={
                        'Standards that chose it will use the newest benchmark of the ' +
                        'same measure instead.'
                      }
                      onConfirm={() => remove.mutate({ id: benchmark.id })}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <BenchmarkForm benchmark={editing.item} onClose={() => setEditing(null)} />
      )}
    </Section>
  );
}

/** Every standard and benchmark; `#/area/standards/<id>` opens one standard's measurements. */
export function StandardsPage() {
  const route = useRoute();
  const standards = useBackendQuery('standards.list', {});
  const benchmarks = useBackendQuery('benchmarks.list', {});
  const selected = route.rest[0] ? Number(route.rest[0]) : null;
  if (selected !== null && Number.isInteger(selected))
    return <StandardDetail standardId={selected} />;
  if (!standards.data || !benchmarks.data) {
    return <QueryState error={standards.error ?? benchmarks.error} what="standards" />;
  }
  return (
    <Stack gap="lg">
      <StandardsSection standards={standards.data} benchmarks={benchmarks.data} />
      <BenchmarksSection benchmarks={benchmarks.data} />
    </Stack>
  );
}
