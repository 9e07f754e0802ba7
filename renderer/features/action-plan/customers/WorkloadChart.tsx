import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import type { Service } from '../../../../shared/domain/actionPlan';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import { comparePeriodTexts, periodLabel } from '../../../../shared/domain/periods';
import { channelLabel } from '../options';

const CHANNEL_COLORS: Record<ServiceChannel, string> = {
  'in-person': 'blue.9',
  phone: 'teal.8',
  web: 'grape.8',
  mail: 'orange.9',
  email: 'cyan.9',
  chat: 'pink.8',
};

/** Rows of the chart: one per period, a column per channel. */
function chartRows(service: Service) {
  const periods = [...new Set(service.volumes.map((volume) => volume.period))].sort(
    comparePeriodTexts,
  );
  return periods.map((period) => {
    const row: Record<string, string | number> = { period: periodLabel(period) };
    for (const volume of service.volumes.filter((item) => item.period === period)) {
      row[volume.channel] = volume.transactions;
    }
    return row;
  });
}

function busiestPeriod(service: Service): { period: string; total: number } | null {
  const totals = new Map<string, number>();
  for (const volume of service.volumes) {
    totals.set(volume.period, (totals.get(volume.period) ?? 0) + volume.transactions);
  }
  let best: { period: string; total: number } | null = null;
  for (const [period, total] of totals)
    if (!best || total > best.total) best = { period, total };
  return best;
}

/** Transactions per period stacked by channel, with the peak named in words for everyone. */
export function WorkloadChart({ service }: { service: Service }) {
  const channels = [...new Set(service.volumes.map((volume) => volume.channel))];
  const peak = busiestPeriod(service);
  if (!peak) return null;
  const summary =
    `${service.code}: busiest period ${periodLabel(peak.period)} with ` +
    `${peak.total.toLocaleString('en-US')} transactions`;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {service.code} {'\u2014'} {service.name}
      </Text>
      <div role="img" aria-label={summary}>
        <BarChart
          h={180}
          data={chartRows(service)}
          dataKey="period"
          type="stacked"
          withLegend
          series={channels.map((channel) => ({
            name: channel,
            label: channelLabel(channel),
            color: CHANNEL_COLORS[channel],
          }))}
        />
      </div>
      <Text size="sm" c="dimmed">
        Busiest: {periodLabel(peak.period)}, {peak.total.toLocaleString('en-US')}{' '}
        transactions.
      </Text>
    </Stack>
  );
}
