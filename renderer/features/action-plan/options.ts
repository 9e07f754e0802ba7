import {
  PRIORITIES,
  SEGMENT_KINDS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  type Priority,
  type SegmentKind,
} from '../../../shared/domain/actionPlan';
import {
  BENCHMARK_KINDS,
  BENCHMARK_KIND_LABELS,
  DATA_SOURCES,
  DATA_SOURCE_LABELS,
  MEASURES,
  MEASURE_LABELS,
  STANDARD_STATUSES,
  UNITS,
  unitsFor,
  type Measure,
  type StandardStatus,
  type Unit,
} from '../../../shared/domain/actionPlanStandards';
import { CHANNEL_LABELS, SERVICE_CHANNELS } from '../../../shared/domain/channels';

/** Choices for Mantine selects and checkbox groups, labelled for people. */
export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const SEGMENT_KIND_LABELS: Record<SegmentKind, string> = {
  individual: 'Individuals',
  business: 'Businesses',
  government: 'Government agencies',
  internal: 'Internal (state staff)',
};
export const PRIORITY_LABELS: Record<Priority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};
export const STATUS_LABELS: Record<StandardStatus, string> = {
  draft: 'Draft',
  adopted: 'Adopted',
  retired: 'Retired',
};
export const UNIT_NAMES: Record<Unit, string> = {
  minutes: 'Minutes',
  hours: 'Hours',
  days: 'Days',
  'business-days': 'Business days',
  percent: 'Percent',
  count: 'Count',
};

export const CHANNEL_CHOICES: Choice[] = SERVICE_CHANNELS.map((value) => ({
  value,
  label: CHANNEL_LABELS[value],
}));
export const SEGMENT_KIND_CHOICES: Choice[] = SEGMENT_KINDS.map((value) => ({
  value,
  label: SEGMENT_KIND_LABELS[value],
}));
export const PRIORITY_CHOICES: Choice[] = PRIORITIES.map((value) => ({
  value,
  label: PRIORITY_LABELS[value],
}));
export const WEEKDAY_CHOICES: Choice[] = WEEKDAYS.map((value) => ({
  value,
  label: WEEKDAY_LABELS[value].slice(0, 3),
}));
export const HOUR_CHOICES: Choice[] = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, '0')}:00`,
}));
export const MEASURE_CHOICES: Choice[] = MEASURES.map((value) => ({
  value,
  label: MEASURE_LABELS[value],
}));
export const UNIT_CHOICES: Choice[] = UNITS.map((value) => ({
  value,
  label: UNIT_NAMES[value],
}));
export const STATUS_CHOICES: Choice[] = STANDARD_STATUSES.map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));
export const DATA_SOURCE_CHOICES: Choice[] = DATA_SOURCES.map((value) => ({
  value,
  label: DATA_SOURCE_LABELS[value],
}));
export const BENCHMARK_KIND_CHOICES: Choice[] = BENCHMARK_KINDS.map((value) => ({
  value,
  label: BENCHMARK_KIND_LABELS[value],
}));

export function channelLabel(channel: string | null): string {
  if (channel === null) return 'Every channel';
  return (CHANNEL_LABELS as Record<string, string>)[channel] ?? capitalised(channel);
}

/** Turns a number field's value into a number or null; Mantine gives '' when it is empty. */
export function numberOrNull(value: string | number): number | null {
  if (value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * A form's measure changed: its unit is kept when it still fits the new measure and
 * otherwise becomes the first one that does.
 */
export function withMeasure(
  current: { unit: Unit },
  measure: Measure,
): { measure: Measure; unit: Unit } {
  const units = unitsFor(measure);
  return {
    measure,
    unit: units.includes(current.unit) ? current.unit : (units[0] as Unit),
  };
}
