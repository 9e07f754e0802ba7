import type { z } from 'zod';
import {
  PRIORITIES,
  SEGMENT_KINDS,
  WEEKDAYS,
  segmentInput,
  serviceInput,
} from '../../../../shared/domain/actionPlan';
import {
  BENCHMARK_KINDS,
  DATA_SOURCES,
  MEASURES,
  STANDARD_STATUSES,
  UNITS,
  benchmarkInput,
  measurementInput,
  standardInput,
} from '../../../../shared/domain/actionPlanStandards';
import { COMPARATORS } from '../../../../shared/domain/adherence';
import { SERVICE_CHANNELS } from '../../../../shared/domain/channels';
import { PERIOD_KINDS } from '../../../../shared/domain/periods';
import type { ImportKind } from '../../../../shared/contract/actionPlan';
import type { WorkspaceDb } from '../../db/connection';
import { benchmarkIdsByCode, insertBenchmark } from '../benchmarks';
import {
  insertMeasurement,
  measurementExists,
  measurementProblem,
} from '../measurements';
import { insertSegment, segmentIdsByCode } from '../segments';
import { insertService, serviceIdsByCode } from '../services';
import {
  channelProblem,
  getStandardRow,
  insertStandard,
  standardsByCode,
  type StandardRow,
} from '../standards';
import {
  CellProblem,
  cell,
  choiceCell,
  choiceListCell,
  clip,
  dateCell,
  integerCell,
  listCell,
  numberCell,
  optionalCell,
  optionalChoiceCell,
  requiredCell,
  yesNoCell,
  type Row,
} from './cells';

/** What the kinds look codes up in; filled once per import and kept current as rows go in. */
export interface ImportContext {
  db: WorkspaceDb;
  segments: Map<string, number>;
  services: Map<string, number>;
  standards: Map<string, StandardRow>;
  benchmarks: Map<string, number>;
}

export function loadContext(db: WorkspaceDb): ImportContext {
  return {
    db,
    segments: segmentIdsByCode(db),
    services: serviceIdsByCode(db),
    standards: standardsByCode(db),
    benchmarks: benchmarkIdsByCode(db),
  };
}

export type RowOutcome =
  | { status: 'rejected'; column: string; reason: string }
  | { status: 'duplicate'; key: string }
  | { status: 'valid'; key: string; write: () => void };

export interface ImportKindSpec {
  required: readonly string[];
  optional: readonly string[];
  /** The natural key, read before anything else so a repeated row is known as one. */
  key(row: Row): string;
  exists(context: ImportContext, key: string): boolean;
  /** Reads and checks a row; throws CellProblem, or returns the write to make. */
  prepare(row: Row, context: ImportContext): () => void;
}

const FIELD_COLUMNS: Record<string, string> = {
  serviceId: 'service',
  segmentIds: 'segments',
  periodKind: 'period',
  benchmarkId: 'benchmark',
  standardId: 'standard',
};

const columnOf = (field: string) =>
  FIELD_COLUMNS[field] ?? field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Runs the same schema the app's forms use, naming the column of the first broken rule. */
function validated<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path[0];
  throw new CellProblem(
    typeof field === 'string' ? columnOf(field) : '',
    issue?.message ?? 'is not valid',
  );
}

function lookUp(
  map: Map<string, number>,
  row: Row,
  column: string,
  what: string,
): number {
  const code = requiredCell(row, column);
  const id = map.get(code);
  if (id === undefined)
    throw new CellProblem(column, `there is no ${what} with the code "${clip(code)}"`);
  return id;
}

/**
 * A spreadsheet cell formatted as a percentage shows 85% but holds 0.85, and that is what
 * the file carries. A share under 1% is implausible for the measures kept in percent, so it
 * is refused rather than stored as 0.85%.
 */
function refuseFraction(unit: string, value: number, column: string): void {
  if (unit === 'percent' && value > 0 && value < 1) {
    throw new CellProblem(
      column,
      `${value} looks like a fraction from a percentage-formatted cell; write ` +
        `percentages from 0 to 100, such as ${Math.round(value * 1000) / 10}`,
    );
  }
}

const LANGUAGE_ITEM =
  /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2})(?:\s*:\s*(\d+(?:\.\d+)?))?$/;

function languagesCell(row: Row): { language: string; share: number | null }[] {
  return listCell(row, 'languages').map((item) => {
    const match = LANGUAGE_ITEM.exec(item);
    if (!match) {
      throw new CellProblem(
        'languages',
        `"${clip(item)}" is not a language code with an optional share, such as es or es:35`,
      );
    }
    return {
      language: match[1] as string,
      share: match[2] === undefined ? null : Number(match[2]),
    };
  });
}

function hoursCell(row: Row): number[] {
  return listCell(row, 'peak_hours').map((item) => {
    const hour = /^\d{1,2}$/.test(item) ? Number(item) : NaN;
    if (!(hour >= 0 && hour <= 23))
      throw new CellProblem('peak_hours', `"${clip(item)}" is not an hour from 0 to 23`);
    return hour;
  });
}

const segments: ImportKindSpec = {
  required: ['code', 'name'],
  optional: [
    'description',
    'kind',
    'estimated_per_year',
    'languages',
    'channels',
    'priority',
  ],
  key: (row) => requiredCell(row, 'code'),
  exists: (context, key) => context.segments.has(key),
  prepare(row, context) {
    const values = validated(segmentInput, {
      code: cell(row, 'code'),
      name: cell(row, 'name'),
      description: cell(row, 'description'),
      kind: choiceCell(row, 'kind', SEGMENT_KINDS, 'individual'),
      estimatedPerYear: integerCell(row, 'estimated_per_year'),
      languages: languagesCell(row),
      channels: choiceListCell(row, 'channels', SERVICE_CHANNELS),
      priority: choiceCell(row, 'priority', PRIORITIES, 'medium'),
    });
    return () => context.segments.set(values.code, insertSegment(context.db, values));
  },
};

const services: ImportKindSpec = {
  required: ['code', 'name'],
  optional: [
    'description',
    'channels',
    'segments',
    'peak_days',
    'peak_hours',
    'peak_note',
  ],
  key: (row) => requiredCell(row, 'code'),
  exists: (context, key) => context.services.has(key),
  prepare(row, context) {
    const segmentIds = listCell(row, 'segments').map((code) => {
      const id = context.segments.get(code);
      if (id === undefined)
        throw new CellProblem(
          'segments',
          `there is no customer segment with the code "${clip(code)}"`,
        );
      return id;
    });
    const values = validated(serviceInput, {
      code: cell(row, 'code'),
      name: cell(row, 'name'),
      description: cell(row, 'description'),
      channels: choiceListCell(row, 'channels', SERVICE_CHANNELS),
      segmentIds,
      peakDays: choiceListCell(row, 'peak_days', WEEKDAYS),
      peakHours: hoursCell(row),
      peakNote: cell(row, 'peak_note'),
    });
    return () => context.services.set(values.code, insertService(context.db, values));
  },
};

const standards: ImportKindSpec = {
  required: ['code', 'service', 'measure', 'unit', 'comparator', 'target'],
  optional: [
    'channel',
    'period',
    'status',
    'published',
    'wording',
    'data_source',
    'source_reference',
    'effective_from',
    'effective_to',
    'baseline',
    'baseline_period',
    'goal',
    'goal_period',
    'benchmark',
  ],
  key: (row) => requiredCell(row, 'code'),
  exists: (context, key) => context.standards.has(key),
  prepare(row, context) {
    const benchmarkCode = optionalCell(row, 'benchmark');
    const values = validated(standardInput, {
      code: cell(row, 'code'),
      serviceId: lookUp(context.services, row, 'service', 'service'),
      channel: optionalChoiceCell(row, 'channel', SERVICE_CHANNELS),
      measure: choiceCell(row, 'measure', MEASURES, null),
      unit: choiceCell(row, 'unit', UNITS, null),
      comparator: choiceCell(row, 'comparator', COMPARATORS, null),
      target: numberCell(row, 'target', true),
      periodKind: choiceCell(row, 'period', PERIOD_KINDS, 'month'),
      status: choiceCell(row, 'status', STANDARD_STATUSES, 'draft'),
      published: yesNoCell(row, 'published'),
      wording: cell(row, 'wording'),
      dataSource: choiceCell(row, 'data_source', DATA_SOURCES, 'manual'),
      sourceReference: cell(row, 'source_reference'),
      effectiveFrom: dateCell(row, 'effective_from', false),
      effectiveTo: dateCell(row, 'effective_to', false),
      baseline: numberCell(row, 'baseline', false),
      baselinePeriod: optionalCell(row, 'baseline_period'),
      goal: numberCell(row, 'goal', false),
      goalPeriod: optionalCell(row, 'goal_period'),
      benchmarkId:
        benchmarkCode === null
          ? null
          : lookUp(context.benchmarks, row, 'benchmark', 'benchmark'),
    });
    const problem = channelProblem(context.db, values.serviceId, values.channel);
    if (problem) throw new CellProblem('channel', problem);
    refuseFraction(values.unit, values.target, 'target');
    return () => {
      const id = insertStandard(context.db, values);
      context.standards.set(values.code, getStandardRow(context.db, id));
    };
  },
};

const measurements: ImportKindSpec = {
  required: ['standard', 'period', 'value'],
  optional: ['n', 'source', 'note'],
  key: (row) => `${requiredCell(row, 'standard')} ${requiredCell(row, 'period')}`,
  exists(context, key) {
    const [code = '', period = ''] = key.split(' ');
    const standard = context.standards.get(code);
    return standard !== undefined && measurementExists(context.db, standard.id, period);
  },
  prepare(row, context) {
    const code = requiredCell(row, 'standard');
    const standard = context.standards.get(code);
    if (!standard)
      throw new CellProblem(
        'standard',
        `there is no service standard with the code "${clip(code)}"`,
      );
    const values = validated(measurementInput, {
      standardId: standard.id,
      period: cell(row, 'period'),
      value: numberCell(row, 'value', true),
      n: integerCell(row, 'n'),
      source: cell(row, 'source'),
      note: cell(row, 'note'),
    });
    const problem = measurementProblem(standard, values);
    if (problem) throw new CellProblem(problem.field, problem.message);
    refuseFraction(standard.unit, values.value, 'value');
    return () => insertMeasurement(context.db, values);
  },
};

const benchmarks: ImportKindSpec = {
  required: ['code', 'name', 'kind', 'measure', 'unit', 'value', 'source', 'as_of'],
  optional: ['channel'],
  key: (row) => requiredCell(row, 'code'),
  exists: (context, key) => context.benchmarks.has(key),
  prepare(row, context) {
    const values = validated(benchmarkInput, {
      code: cell(row, 'code'),
      name: cell(row, 'name'),
      kind: choiceCell(row, 'kind', BENCHMARK_KINDS, null),
      measure: choiceCell(row, 'measure', MEASURES, null),
      unit: choiceCell(row, 'unit', UNITS, null),
      channel: optionalChoiceCell(row, 'channel', SERVICE_CHANNELS),
      value: numberCell(row, 'value', true),
      source: cell(row, 'source'),
      asOf: dateCell(row, 'as_of', true),
    });
    return () => context.benchmarks.set(values.code, insertBenchmark(context.db, values));
  },
};

export const IMPORT_SPECS: Record<ImportKind, ImportKindSpec> = {
  segments,
  services,
  standards,
  measurements,
  benchmarks,
};

/** Reads one row to its outcome; a broken rule becomes a rejection naming its column. */
export function judgeRow(
  spec: ImportKindSpec,
  row: Row,
  context: ImportContext,
  seen: Set<string>,
): RowOutcome {
  try {
    const key = spec.key(row);
    if (seen.has(key) || spec.exists(context, key)) return { status: 'duplicate', key };
    return { status: 'valid', key, write: spec.prepare(row, context) };
  } catch (error) {
    if (error instanceof CellProblem)
      return { status: 'rejected', column: error.column, reason: error.message };
    throw error;
  }
}
