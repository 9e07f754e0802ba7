import {
  benchmarkGap,
  computeTrend,
  evaluateAdherence,
  latestPoint,
} from '../../../shared/domain/adherence';
import type {
  Benchmark,
  Standard,
  StandardStatusRow,
} from '../../../shared/domain/actionPlanStandards';
import type { ServiceChannel } from '../../../shared/domain/channels';
import { parsePeriod, periodEndMonth } from '../../../shared/domain/periods';
import type { WorkspaceDb } from '../db/connection';
import { listBenchmarks } from './benchmarks';
import { measurementsFor } from './measurements';
import { listStandards } from './standards';

/** How many periods the dashboard's sparkline shows. */
export const SERIES_LENGTH = 12;

export interface StatusFilter {
  period: string | null;
  serviceId: number | null;
  channel: ServiceChannel | null;
}

/**
 * The benchmark shown beside a standard: the one chosen for it, otherwise the newest of the
 * same measure and unit, preferring one for the standard's own channel.
 */
export function benchmarkFor(
  standard: Standard,
  all: readonly Benchmark[],
): Benchmark | null {
  if (standard.benchmarkId !== null) {
    return all.find((benchmark) => benchmark.id === standard.benchmarkId) ?? null;
  }
  const candidates = all.filter(
    (benchmark) =>
      benchmark.measure === standard.measure &&
      benchmark.unit === standard.unit &&
      (benchmark.channel === null || benchmark.channel === standard.channel),
  );
  const rank = (benchmark: Benchmark) => (benchmark.channel === null ? 0 : 1);
  candidates.sort(
    (a, b) =>
      rank(b) - rank(a) || b.asOf.localeCompare(a.asOf) || a.code.localeCompare(b.code),
  );
  return candidates[0] ?? null;
}

function statusRow(
  standard: Standard,
  points: { period: string; value: number; n: number | null }[],
  chosen: Benchmark | null,
  asOf: string | null,
): StandardStatusRow {
  const limit = asOf ? parsePeriod(asOf) : null;
  const visible = limit
    ? points.filter((point) => {
        const period = parsePeriod(point.period);
        return period !== null && periodEndMonth(period) <= periodEndMonth(limit);
      })
    : points;
  const latest = latestPoint(visible);
  const adherence = latest
    ? evaluateAdherence(standard.comparator, standard.target, latest.value)
    : null;
  const trend = computeTrend(standard.comparator, standard.target, visible);
  const gap =
    latest && chosen
      ? benchmarkGap(standard.comparator, latest.value, chosen.value)
      : null;
  return {
    id: standard.id,
    code: standard.code,
    service: standard.service,
    channel: standard.channel,
    measure: standard.measure,
    unit: standard.unit,
    comparator: standard.comparator,
    target: standard.target,
    periodKind: standard.periodKind,
    wording: standard.wording,
    published: standard.published,
    latest: latest ? { period: latest.period, value: latest.value, n: latest.n } : null,
    met: adherence ? adherence.met : null,
    difference: adherence ? adherence.difference : null,
    trend: {
      direction: trend.direction,
      slopePerPeriod: trend.slopePerPeriod,
      changeFromPrevious: trend.changeFromPrevious,
    },
    series: visible.slice(-SERIES_LENGTH).map((point) => ({
      period: point.period,
      value: point.value,
      met: evaluateAdherence(standard.comparator, standard.target, point.value).met,
    })),
    benchmark: chosen
      ? {
          id: chosen.id,
          code: chosen.code,
          name: chosen.name,
          kind: chosen.kind,
          value: chosen.value,
          source: chosen.source,
          asOf: chosen.asOf,
        }
      : null,
    gap: gap ? gap.difference : null,
    standing: gap ? gap.standing : null,
  };
}

/** Every adopted standard that passes the filter, with where it stood at the chosen period. */
export function standardsStatus(
  db: WorkspaceDb,
  filter: StatusFilter,
): StandardStatusRow[] {
  const adopted = listStandards(db).filter(
    (standard) =>
      standard.status === 'adopted' &&
      (filter.serviceId === null || standard.service.id === filter.serviceId) &&
      (filter.channel === null || standard.channel === filter.channel),
  );
  const series = measurementsFor(
    db,
    adopted.map((standard) => standard.id),
  );
  const all = listBenchmarks(db);
  return adopted.map((standard) =>
    statusRow(
      standard,
      series.get(standard.id) ?? [],
      benchmarkFor(standard, all),
      filter.period,
    ),
  );
}
