import { Badge, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Segment, Service } from '../../../../shared/domain/actionPlan';
import { useBackendMutation, useBackendQuery } from '../../../client/hooks';
import { notifyFailure } from '../../../components/notify';
import { QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { ConfirmButton } from '../ConfirmButton';
import { ImportButton } from '../ImportButton';
import { channelLabel, PRIORITY_LABELS, SEGMENT_KIND_LABELS } from '../options';
import { SegmentForm } from './SegmentForm';
import { ServiceForm } from './ServiceForm';
import { VolumesEditor } from './VolumesEditor';
import { latestWorkload, peakSummary } from './workload';
import { WorkloadChart } from './WorkloadChart';
import { TableHead } from '../../../components/TableHead';

type Editing<T> = { item: T | null } | null;

const languagesOf = (segment: Segment) =>
  segment.languages
    .map((entry) =>
      entry.share === null ? entry.language : `${entry.language} ${entry.share}%`,
    )
    .join(', ');

function SegmentsSection({ segments }: { segments: Segment[] }) {
  const [editing, setEditing] = useState<Editing<Segment>>(null);
  const remove = useBackendMutation('segments.delete', {
    invalidates: ['segments.', 'services.'],
    onError: (error) => notifyFailure('The segment was not deleted', error),
  });
  const actions = (
    <Group gap="xs">
      <ImportButton kind="segments" />
      <Button onClick={() => setEditing({ item: null })}>Add segment</Button>
    </Group>
  );
  return (
    <Section title="Customer segments" actions={actions}>
      {segments.length === 0 ? (
        <Text c="dimmed">
          No segments yet. Add who the department serves, or import them from a
          spreadsheet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label="Customer segments">
            <TableHead
              headings={[
                'Code',
                'Name',
                'Kind',
                'Per year',
                'Languages',
                'Channels',
                'Priority',
                'Actions',
              ]}
            />
            <Table.Tbody>
              {segments.map((segment) => (
                <Table.Tr key={segment.id}>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {segment.code}
                  </Table.Td>
                  <Table.Td>{segment.name}</Table.Td>
                  <Table.Td>{SEGMENT_KIND_LABELS[segment.kind]}</Table.Td>
                  <Table.Td>
                    {segment.estimatedPerYear?.toLocaleString('en-US') ?? '\u2014'}
                  </Table.Td>
                  <Table.Td>{languagesOf(segment) || '\u2014'}</Table.Td>
                  <Table.Td>
                    {segment.channels.map(channelLabel).join(', ') || '\u2014'}
                  </Table.Td>
                  <Table.Td>{PRIORITY_LABELS[segment.priority]}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setEditing({ item: segment })}
                        aria-label={`Edit ${segment.code}`}
                      >
                        Edit
                      </Button>
                      <ConfirmButton
                        size="compact-sm"
                        label="Delete"
                        ariaLabel={`Delete ${segment.code}`}
                        title={`Delete ${segment.code}?`}
                        consequence={'Services stop listing it. It cannot be undone.'}
                        onConfirm={() => remove.mutate({ id: segment.id })}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <SegmentForm segment={editing.item} onClose={() => setEditing(null)} />}
    </Section>
  );
}

function ServicesSection({
  services,
  segments,
}: {
  services: Service[];
  segments: Segment[];
}) {
  const [editing, setEditing] = useState<Editing<Service>>(null);
  const [volumesOf, setVolumesOf] = useState<Service | null>(null);
  const remove = useBackendMutation('services.delete', {
    invalidates: ['services.', 'segments.'],
    onError: (error) => notifyFailure('The service was not deleted', error),
  });
  const actions = (
    <Group gap="xs">
      <ImportButton kind="services" />
      <Button onClick={() => setEditing({ item: null })}>Add service</Button>
    </Group>
  );
  return (
    <Section title="Services" actions={actions}>
      {services.length === 0 ? (
        <Text c="dimmed">No services yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label="Services">
            <TableHead
              headings={[
                'Code',
                'Name',
                'Segments',
                'Channels',
                'Latest workload',
                'Peaks',
                'Actions',
              ]}
            />
            <Table.Tbody>
              {services.map((service) => (
                <Table.Tr key={service.id}>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {service.code}
                  </Table.Td>
                  <Table.Td>
                    {service.name}
                    {service.standardCount > 0 && (
                      <Badge ml="xs" variant="light" color="gray">
                        {service.standardCount} standards
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {service.segments.map((segment) => segment.code).join(', ') ||
                      '\u2014'}
                  </Table.Td>
                  <Table.Td>
                    {service.channels.map(channelLabel).join(', ') || '\u2014'}
                  </Table.Td>
                  <Table.Td>{latestWorkload(service) ?? '\u2014'}</Table.Td>
                  <Table.Td>{peakSummary(service) ?? '\u2014'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setEditing({ item: service })}
                        aria-label={`Edit ${service.code}`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setVolumesOf(service)}
                        aria-label={`Transactions of ${service.code}`}
                      >
                        Transactions
                      </Button>
                      <ConfirmButton
                        size="compact-sm"
                        label="Delete"
                        ariaLabel={`Delete ${service.code}`}
                        title={`Delete ${service.code}?`}
                        consequence={
                          'Its transactions and segment links go with it. It cannot be undone.'
                        }
                        onConfirm={() => remove.mutate({ id: service.id })}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <ServiceForm
          service={editing.item}
          segments={segments}
          onClose={() => setEditing(null)}
        />
      )}
      {volumesOf && (
        <VolumesEditor service={volumesOf} onClose={() => setVolumesOf(null)} />
      )}
    </Section>
  );
}

function WorkloadSection({ services }: { services: Service[] }) {
  const measured = services.filter((service) => service.volumes.length > 0);
  if (measured.length === 0) return null;
  return (
    <Section title="Workload by period">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {measured.map((service) => (
          <WorkloadChart key={service.id} service={service} />
        ))}
      </SimpleGrid>
    </Section>
  );
}

/** Who the department serves and what it offers them. */
export function CustomersPage() {
  const segments = useBackendQuery('segments.list', {});
  const services = useBackendQuery('services.list', {});
  if (!segments.data || !services.data) {
    return (
      <QueryState
        error={segments.error ?? services.error}
        what="customers and services"
      />
    );
  }
  return (
    <Stack gap="lg">
      <SegmentsSection segments={segments.data} />
      <ServicesSection services={services.data} segments={segments.data} />
      <WorkloadSection services={services.data} />
    </Stack>
  );
}
