import { WEEKDAY_LABELS, type Service } from '../../../../shared/domain/actionPlan';
import { comparePeriodTexts, periodLabel } from '../../../../shared/domain/periods';
import { channelLabel } from '../options';

/** "1,200 in Mar 2026, most by phone (800)": the latest period's workload in one line. */
export function latestWorkload(service: Service): string | null {
  const periods = [...new Set(service.volumes.map((volume) => volume.period))].sort(
    comparePeriodTexts,
  );
  const latest = periods.at(-1);
  if (!latest) return null;
  const rows = service.volumes.filter((volume) => volume.period === latest);
  const total = rows.reduce((sum, row) => sum + row.transactions, 0);
  const busiest = [...rows].sort((a, b) => b.transactions - a.transactions)[0];
  const by = busiest
    ? `, most by ${channelLabel(busiest.channel).toLowerCase()} ` +
      `(${busiest.transactions.toLocaleString('en-US')})`
    : '';
  return `${total.toLocaleString('en-US')} in ${periodLabel(latest)}${by}`;
}

/** "Mon, Fri · 09:00, 12:00": when the service is busiest, where known. */
export function peakSummary(service: Service): string | null {
  const days = service.peakDays.map((day) => WEEKDAY_LABELS[day].slice(0, 3)).join(', ');
  const hours = service.peakHours
    .map((hour) => `${String(hour).padStart(2, '0')}:00`)
    .join(', ');
  const parts = [days, hours, service.peakNote ?? ''].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' \u00b7 ') : null;
}
