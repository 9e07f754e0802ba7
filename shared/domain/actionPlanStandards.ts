import { z } from 'zod';
import { COMPARATORS, type Comparator } from './adherence';
import { entityCode, optionalText, requiredText } from './actionPlan';
import { serviceChannel } from './channels';
import { periodKind, periodText } from './periods';
import { isoDate } from './workspace';

export const MEASURES = [
  'wait-time',
  'answer-time',
  'turnaround-time',
  'first-contact-resolution',
  'accuracy',
  'satisfaction',
  'count',
  'other',
] as const;
export const measure = z.enum(MEASURES);
export type Measure = z.infer<typeof measure>;

export const UNITS = [
  'minutes',
  'hours',
  'days',
  'business-days',
  'percent',
  'count',
] as const;
export const unit = z.enum(UNITS);
export type Unit = z.infer<typeof unit>;

export const comparator = z.enum(COMPARATORS);

export const STANDARD_STATUSES = ['draft', 'adopted', 'retired'] as const;
export const standardStatus = z.enum(STANDARD_STATUSES);
export type StandardStatus = z.infer<typeof standardStatus>;

export const DATA_SOURCES = ['manual', 'survey', 'complaints'] as const;
export const dataSource = z.enum(DATA_SOURCES);
export type DataSource = z.infer<typeof dataSource>;

export const BENCHMARK_KINDS = [
  'best-in-business',
  'peer-department',
  'national',
  'other',
] as const;
export const benchmarkKind = z.enum(BENCHMARK_KINDS);
export type BenchmarkKind = z.infer<typeof benchmarkKind>;

export const MEASURE_LABELS: Record<Measure, string> = {
  'wait-time': 'Waiting time',
  'answer-time': 'Time to answer',
  'turnaround-time': 'Turnaround time',
  'first-contact-resolution': 'Resolved at first contact',
  accuracy: 'Accuracy',
  satisfaction: 'Satisfaction',
  count: 'Count',
  other: 'Other',
};
export const UNIT_LABELS: Record<Unit, string> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  'business-days': 'business days',
  percent: '%',
  count: '',
};
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  'at-most': 'at most',
  'at-least': 'at least',
};
export const DATA_SOURCE_LABELS: Record<DataSource, string> = {
  manual: 'Entered by hand',
  survey: 'A survey question',
  complaints: 'The complaint log',
};
export const BENCHMARK_KIND_LABELS: Record<BenchmarkKind, string> = {
  'best-in-business': 'Best in business',
  'peer-department': 'Peer department',
  national: 'National figure',
  other: 'Other reference',
};

const TIME_UNITS: readonly Unit[] = ['minutes', 'hours', 'days', 'business-days'];

/** Which units make sense for a measure; `other` takes any. */
export function unitsFor(what: Measure): readonly Unit[] {
  switch (what) {
    case 'wait-time':
    case 'answer-time':
    case 'turnaround-time':
      return TIME_UNITS;
    case 'first-contact-resolution':
    case 'accuracy':
    case 'satisfaction':
      return ['percent'];
    case 'count':
      return ['count'];
    case 'other':
      return UNITS;
    default: {
      const unreachable: never = what;
      throw new Error(`Unexpected measure: ${String(unreachable)}`);
    }
  }
}

/** The reason a value cannot be a figure in this unit, or null when it can. */
export function valueProblem(value: number, inUnit: Unit): string | null {
  if (!Number.isFinite(value)) return 'is not a number';
  if (value < 0) return 'cannot be negative';
  if (inUnit === 'percent' && value > 100)
    return 'is a percentage and cannot be over 100';
  if (value > 1e12) return 'is too large';
  return null;
}

export function formatValue(value: number, inUnit: Unit): string {
  const rounded = Math.round(value * 100) / 100;
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
  switch (inUnit) {
    case 'percent':
      return `${text}%`;
    case 'count':
      return text;
    case 'minutes':
    case 'hours':
    case 'days':
    case 'business-days':
      return `${text} ${rounded === 1 ? UNIT_LABELS[inUnit].replace(/s$/, '') : UNIT_LABELS[inUnit]}`;
    default: {
      const unreachable: never = inUnit;
      return String(unreachable);
    }
  }
}

const figure = z.number({ error: 'enter a number' }).finite();

export const standardInput = z
  .object({
    code: entityCode,
    serviceId: z.number().int().positive(),
    /** Null when the standard covers every channel of the service. */
    channel: serviceChannel.nullable().default(null),
    measure,
    unit,
    comparator,
    target: figure,
    periodKind: periodKind.default('month'),
    dataSource: dataSource.default('manual'),
    /** The survey question code or complaint category the figures come from. */
    sourceReference: optionalText(200),
    effectiveFrom: isoDate.nullable().default(null),
    effectiveTo: isoDate.nullable().default(null),
    status: standardStatus.default('draft'),
    published: z.boolean().default(false),
    wording: optionalText(500),
    baseline: figure.nullable().default(null),
    baselinePeriod: periodText.nullable().default(null),
    goal: figure.nullable().default(null),
    goalPeriod: periodText.nullable().default(null),
    /** A chosen benchmark; when null the newest benchmark of the same measure and unit is used. */
    benchmarkId: z.number().int().positive().nullable().default(null),
  })
  .superRefine((standard, context) => {
    if (!unitsFor(standard.measure).includes(standard.unit)) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${standard.measure} is measured in ${unitsFor(standard.measure).join(', ')}`,
      });
    }
    for (const field of ['target', 'baseline', 'goal'] as const) {
      const value = standard[field];
      const problem = value === null ? null : valueProblem(value, standard.unit);
      if (problem)
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `the ${field} ${problem}`,
        });
    }
    if (
      standard.effectiveFrom &&
      standard.effectiveTo &&
      standard.effectiveTo < standard.effectiveFrom
    ) {
      context.addIssue({
        code: 'custom',
        path: ['effectiveTo'],
        message: 'the end date is before the start date',
      });
    }
    if (standard.published && !standard.wording) {
      context.addIssue({
        code: 'custom',
        path: ['wording'],
        message: 'a published standard needs its public wording',
      });
    }
  });
export type StandardInput = z.input<typeof standardInput>;

export const standard = z.object({
  id: z.number().int(),
  code: z.string(),
  service: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  channel: serviceChannel.nullable(),
  measure,
  unit,
  comparator,
  target: z.number(),
  periodKind,
  dataSource,
  sourceReference: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  status: standardStatus,
  published: z.boolean(),
  wording: z.string().nullable(),
  baseline: z.number().nullable(),
  baselinePeriod: z.string().nullable(),
  goal: z.number().nullable(),
  goalPeriod: z.string().nullable(),
  benchmarkId: z.number().int().nullable(),
  measurementCount: z.number().int(),
  updatedAt: z.string(),
});
export type Standard = z.infer<typeof standard>;

export const measurementInput = z.object({
  standardId: z.number().int().positive(),
  period: periodText,
  value: figure,
  /** How many transactions or responses the value is based on. */
  n: z.number().int().min(0).max(1e12).nullable().default(null),
  source: optionalText(200),
  note: optionalText(1000),
});
export type MeasurementInput = z.input<typeof measurementInput>;

export const measurement = z.object({
  id: z.number().int(),
  standardId: z.number().int(),
  period: z.string(),
  value: z.number(),
  n: z.number().int().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  met: z.boolean(),
  difference: z.number(),
  updatedAt: z.string(),
});
export type Measurement = z.infer<typeof measurement>;

export const benchmarkInput = z
  .object({
    code: entityCode,
    name: requiredText('The name'),
    kind: benchmarkKind,
    measure,
    unit,
    channel: serviceChannel.nullable().default(null),
    value: figure,
    source: requiredText('The source', 300),
    asOf: isoDate,
  })
  .superRefine((benchmark, context) => {
    if (!unitsFor(benchmark.measure).includes(benchmark.unit)) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${benchmark.measure} is measured in ${unitsFor(benchmark.measure).join(', ')}`,
      });
    }
    const problem = valueProblem(benchmark.value, benchmark.unit);
    if (problem)
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `the value ${problem}`,
      });
  });
export type BenchmarkInput = z.input<typeof benchmarkInput>;

export const benchmark = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: benchmarkKind,
  measure,
  unit,
  channel: serviceChannel.nullable(),
  value: z.number(),
  source: z.string(),
  asOf: z.string(),
  updatedAt: z.string(),
});
export type Benchmark = z.infer<typeof benchmark>;

export const trendDirection = z.enum([
  'improving',
  'worsening',
  'steady',
  'insufficient',
]);

/** One adopted standard as the dashboard and `pcf standards status` show it. */
export const standardStatusRow = z.object({
  id: z.number().int(),
  code: z.string(),
  service: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  channel: serviceChannel.nullable(),
  measure,
  unit,
  comparator,
  target: z.number(),
  periodKind,
  wording: z.string().nullable(),
  published: z.boolean(),
  latest: z
    .object({ period: z.string(), value: z.number(), n: z.number().int().nullable() })
    .nullable(),
  met: z.boolean().nullable(),
  /** Latest value − target. */
  difference: z.number().nullable(),
  trend: z.object({
    direction: trendDirection,
    slopePerPeriod: z.number().nullable(),
    changeFromPrevious: z.number().nullable(),
  }),
  /** Oldest first, the latest periods up to the one shown. */
  series: z.array(z.object({ period: z.string(), value: z.number(), met: z.boolean() })),
  benchmark: z
    .object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      kind: benchmarkKind,
      value: z.number(),
      source: z.string(),
      asOf: z.string(),
    })
    .nullable(),
  /** Latest value − benchmark value, in the standard's unit. */
  gap: z.number().nullable(),
  standing: z.enum(['better', 'level', 'worse']).nullable(),
});
export type StandardStatusRow = z.infer<typeof standardStatusRow>;
