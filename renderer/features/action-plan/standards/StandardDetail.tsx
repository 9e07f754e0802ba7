import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import {
  COMPARATOR_LABELS,
  formatValue,
  MEASURE_LABELS,
  type Measurement,
  type Standard,
} from '../../../../shared/domain/actionPlanStandards';
import { periodLabel } from '../../../../shared/domain/periods';
import { RouteLink } from '../../../app/router';
import { useBackendMutation, useBackendQuery } from '../../../client/hooks';
import { DetailList } from '../../../components/DetailList';
import { notifyFailure } from '../../../components/notify';
import { QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { ConfirmButton } from '../ConfirmButton';
import { ImportButton } from '../ImportButton';
import { channelLabel, STATUS_LABELS } from '../options';
import { gapText } from './gap';
import { MeasurementEdit } from './MeasurementEdit';
import { MetBadge } from './MetBadge';
import { MeasurementEntry, MeasurementPaste } from './MeasurementEntry';
import { SurveyFillButton } from './SurveyFillButton';
import { TableHead } from '../../../components/TableHead';

const PAGE_SIZE = 12;

export function targetText(
  standard: Pick<Standard, 'comparator' | 'target' | 'unit'>,
): string {
  return `${COMPARATOR_LABELS[standard.comparator]} ${formatValue(standard.target, standard.unit)}`;
}

function MeasurementsTable({ standard }: { standard: Standard }) {
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Measurement | null>(null);
  const list = useBackendQuery('measurements.list', {
    standardId: standard.id,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const remove = useBackendMutation('measurements.delete', {
    invalidates: ['measurements.', 'standards.'],
    onError: (error) => notifyFailure('The measurement was not deleted', error),
  });
  if (!list.data) return <QueryState error={list.error} what="measurements" />;
  const { items, total } = list.data;
  if (total === 0) return <Text c="dimmed">No measurements yet.</Text>;
  return (
    <Stack gap="sm">
      <Table striped aria-label={`Measurements of ${standard.code}`}>
        <TableHead
          headings={[
            'Period',
            'Value',
            'Against the target',
            'Sample size',
            'Source',
            'Note',
            'Actions',
          ]}
        />
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-period={item.period}>
              <Table.Td>{periodLabel(item.period)}</Table.Td>
              <Table.Td>{formatValue(item.value, standard.unit)}</Table.Td>
              <Table.Td>
                <MetBadge met={item.met} />
              </Table.Td>
              <Table.Td>{item.n?.toLocaleString('en-US') ?? '\u2014'}</Table.Td>
              <Table.Td>{item.source ?? '\u2014'}</Table.Td>
              <Table.Td>{item.note ?? '\u2014'}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={`Correct ${periodLabel(item.period)}`}
                    onClick={() => setEditing(item)}
                  >
                    Correct
                  </Button>
                  <ConfirmButton
                    size="compact-sm"
                    label="Delete"
                    ariaLabel={`Delete ${periodLabel(item.period)}`}
                    title={`Delete ${periodLabel(item.period)}?`}
                    consequence={`The value for ${periodLabel(item.period)} is removed.`}
                    onConfirm={() => remove.mutate({ id: item.id })}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <MeasurementEdit
          standard={standard}
          measurement={editing}
          onClose={() => setEditing(null)}
        />
      )}
      {total > PAGE_SIZE && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {total} periods
          </Text>
          <Pagination
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        </Group>
      )}
    </Stack>
  );
}

/** One standard: what it promises, and its measurements entered, pasted or imported. */
export function StandardDetail({ standardId }: { standardId: number }) {
  const standards = useBackendQuery('standards.list', {});
  const status = useBackendQuery('standards.status', {});
  if (!standards.data) return <QueryState error={standards.error} what="standard" />;
  const standard = standards.data.find((candidate) => candidate.id === standardId);
  if (!standard) {
    return (
      <Text>
        That standard no longer exists.{' '}
        <Anchor component={RouteLink} area="standards">
          Back to the standards
        </Anchor>
      </Text>
    );
  }
  const row = status.data?.standards.find((candidate) => candidate.id === standard.id);
  const benchmarkText = row
    ? gapText(row)
    : standard.status === 'adopted'
      ? null
      : 'Compared once the standard is adopted';
  return (
    <Stack gap="lg">
      <Anchor component={RouteLink} area="standards">
        {'\u2190'} All standards
      </Anchor>
      <Section
        title={`Standard ${standard.code}`}
        actions={<Badge variant="light">{STATUS_LABELS[standard.status]}</Badge>}
      >
        <DetailList
          cols={3}
          details={[
            {
              label: 'Service',
              value: `${standard.service.code} \u2014 ${standard.service.name}`,
            },
            { label: 'Channel', value: channelLabel(standard.channel) },
            { label: 'Measure', value: MEASURE_LABELS[standard.measure] },
            { label: 'Target', value: targetText(standard) },
            { label: 'Measured every', value: standard.periodKind },
            { label: 'Public wording', value: standard.wording },
            {
              label: 'Baseline',
              value:
                standard.baseline === null
                  ? null
                  : `${formatValue(standard.baseline, standard.unit)}${standard.baselinePeriod ? ` in ${periodLabel(standard.baselinePeriod)}` : ''}`,
            },
            {
              label: 'Goal',
              value:
                standard.goal === null
                  ? null
                  : `${formatValue(standard.goal, standard.unit)}${standard.goalPeriod ? ` by ${periodLabel(standard.goalPeriod)}` : ''}`,
            },
            {
              label: 'Published in the compact',
              value: standard.published ? 'Yes' : 'No',
            },
            { label: 'Benchmark', value: benchmarkText },
          ]}
        />
      </Section>
      <Section
        title="Record a measurement"
        actions={
          <Group gap="xs">
            <SurveyFillButton standard={standard} />
            <ImportButton kind="measurements" />
          </Group>
        }
      >
        <MeasurementEntry standard={standard} />
        <MeasurementPaste standard={standard} />
      </Section>
      <Section title="Measurements">
        <MeasurementsTable standard={standard} />
      </Section>
    </Stack>
  );
}
