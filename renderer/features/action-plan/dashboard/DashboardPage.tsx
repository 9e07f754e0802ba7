import '@mantine/charts/styles.css';
import { Sparkline } from '@mantine/charts';
import {
  Anchor,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import {
  formatValue,
  type StandardStatusRow,
} from '../../../../shared/domain/actionPlanStandards';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import { parsePeriod, periodLabel } from '../../../../shared/domain/periods';
import { RouteLink } from '../../../app/router';
import { useBackendQuery } from '../../../client/hooks';
import { QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { CHANNEL_CHOICES, channelLabel } from '../options';
import { MetBadge } from '../standards/MetBadge';
import { gapText } from '../standards/gap';
import { targetText } from '../standards/StandardDetail';
import { TableHead } from '../../../components/TableHead';

const ALL = 'all';

const TREND_WORDS: Record<StandardStatusRow['trend']['direction'], string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  steady: 'Steady',
  insufficient: 'Too few periods',
};

/**
 * The sparkline shows shape, not scale: values are stretched to the full height so a change
 * from 88% to 80% is visible. The exact figures are in the cell's accessible description.
 */
function shapeOf(values: number[]): number[] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((value) =>
    high === low ? 0.5 : 0.1 + (0.9 * (value - low)) / (high - low),
  );
}

function TrendCell({ row }: { row: StandardStatusRow }) {
  const values = shapeOf(row.series.map((point) => point.value));
  const description = row.series
    .map((point) => `${periodLabel(point.period)} ${formatValue(point.value, row.unit)}`)
    .join(', ');
  return (
    <Group gap="sm" wrap="nowrap">
      {values.length >= 2 && (
        <div role="img" aria-label={`Trend of ${row.code}: ${description}`}>
          <Sparkline
            w={110}
            h={32}
            data={values}
            curveType="linear"
            color={row.met === false ? 'red.8' : 'teal.8'}
            fillOpacity={0.15}
            strokeWidth={2}
          />
        </div>
      )}
      <Text size="sm">{TREND_WORDS[row.trend.direction]}</Text>
    </Group>
  );
}

function StatusTable({ rows }: { rows: StandardStatusRow[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" aria-label="Adopted standards">
        <TableHead
          headings={[
            'Standard',
            'Target',
            'Latest',
            'Adherence',
            'Trend',
            'Gap to benchmark',
          ]}
        />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-standard={row.code}>
              <Table.Td>
                <Anchor
                  component={RouteLink}
                  area="standards"
                  path={[String(row.id)]}
                  fw={600}
                >
                  {row.code}
                </Anchor>
                <Text size="sm">
                  {row.wording ??
                    `${row.service.name}, ${channelLabel(row.channel).toLowerCase()}`}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.service.code} · {channelLabel(row.channel)}
                </Text>
              </Table.Td>
              <Table.Td>{targetText(row)}</Table.Td>
              <Table.Td>
                {row.latest ? (
                  <>
                    <Text fw={600}>{formatValue(row.latest.value, row.unit)}</Text>
                    <Text size="xs" c="dimmed">
                      {periodLabel(row.latest.period)}
                      {row.latest.n !== null
                        ? ` · n = ${row.latest.n.toLocaleString('en-US')}`
                        : ''}
                    </Text>
                  </>
                ) : (
                  <Text c="dimmed">No measurement yet</Text>
                )}
              </Table.Td>
              <Table.Td>
                <MetBadge met={row.met} />
              </Table.Td>
              <Table.Td>
                <TrendCell row={row} />
              </Table.Td>
              <Table.Td>{gapText(row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Summary({ rows }: { rows: StandardStatusRow[] }) {
  const met = rows.filter((row) => row.met === true).length;
  const missed = rows.filter((row) => row.met === false).length;
  const none = rows.filter((row) => row.met === null).length;
  return (
    <SimpleGrid cols={3} role="group" aria-label="Summary">
      {[
        { label: 'Met', value: met },
        { label: 'Not met', value: missed },
        { label: 'No data yet', value: none },
      ].map((item) => (
        <Stack key={item.label} gap={0}>
          <Text size="xl" fw={700} data-testid={`summary-${item.label}`}>
            {item.value}
          </Text>
          <Text size="sm" c="dimmed">
            {item.label}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** Every adopted standard at a glance: latest value, met or not, trend and benchmark gap. */
export function DashboardPage() {
  const [serviceId, setServiceId] = useState(ALL);
  const [channel, setChannel] = useState(ALL);
  const [asOf, setAsOf] = useState('');
  const period = parsePeriod(asOf.trim())?.text ?? null;
  const periodError =
    asOf.trim() !== '' && !period ? 'Write 2026-03 or 2026-Q1' : undefined;
  const services = useBackendQuery('services.list', {});
  const status = useBackendQuery('standards.status', {
    serviceId: serviceId === ALL ? null : Number(serviceId),
    channel: channel === ALL ? null : (channel as ServiceChannel),
    period,
  });
  const filters = (
    <Group gap="sm" align="flex-start">
      <Select
        label="Service"
        w={240}
        data={[
          { value: ALL, label: 'All services' },
          ...(services.data ?? []).map((service) => ({
            value: String(service.id),
            label: service.code,
          })),
        ]}
        value={serviceId}
        allowDeselect={false}
        onChange={(value) => setServiceId(value ?? ALL)}
      />
      <Select
        label="Channel"
        w={180}
        data={[{ value: ALL, label: 'All channels' }, ...CHANNEL_CHOICES]}
        value={channel}
        allowDeselect={false}
        onChange={(value) => setChannel(value ?? ALL)}
      />
      <TextInput
        label="As of (month or quarter)"
        w={220}
        placeholder="2026-Q1"
        value={asOf}
        error={periodError}
        onChange={(event) => setAsOf(event.currentTarget.value)}
      />
    </Group>
  );
  return (
    <Stack gap="lg">
      {filters}
      {!status.data ? (
        <QueryState error={status.error} what="standards dashboard" />
      ) : (
        <Section title="Adopted standards">
          {status.data.standards.length === 0 ? (
            <Text c="dimmed">
              No adopted standard matches. Adopt a standard on the Service standards page
              to follow it here.
            </Text>
          ) : (
            <>
              <Summary rows={status.data.standards} />
              <StatusTable rows={status.data.standards} />
            </>
          )}
        </Section>
      )}
    </Stack>
  );
}
