import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type {
  Priority,
  SegmentKind,
  Weekday,
} from '../../../../shared/domain/actionPlan';
import type {
  BenchmarkKind,
  DataSource,
  Measure,
  StandardStatus,
  Unit,
} from '../../../../shared/domain/actionPlanStandards';
import type {
  BlockKind,
  CompactStatus,
} from '../../../../shared/domain/actionPlanCompact';
import type { Comparator } from '../../../../shared/domain/adherence';
import type { ServiceChannel } from '../../../../shared/domain/channels';
import type { PeriodKind } from '../../../../shared/domain/periods';

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** Other domains (survey responses, complaints) refer to a segment by its code. */
export const customerSegments = sqliteTable('customer_segments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  kind: text('kind').$type<SegmentKind>().notNull(),
  estimatedPerYear: integer('estimated_per_year'),
  languages: text('languages', { mode: 'json' })
    .$type<{ language: string; share: number | null }[]>()
    .notNull(),
  channels: text('channels', { mode: 'json' }).$type<ServiceChannel[]>().notNull(),
  priority: text('priority').$type<Priority>().notNull(),
  ...timestamps,
});

export const services = sqliteTable('services', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  channels: text('channels', { mode: 'json' }).$type<ServiceChannel[]>().notNull(),
  peakDays: text('peak_days', { mode: 'json' }).$type<Weekday[]>().notNull(),
  peakHours: text('peak_hours', { mode: 'json' }).$type<number[]>().notNull(),
  peakNote: text('peak_note'),
  ...timestamps,
});

export const serviceSegments = sqliteTable(
  'service_segments',
  {
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => customerSegments.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.segmentId] }),
    index('service_segments_segment').on(table.segmentId),
  ],
);

export const serviceVolumes = sqliteTable(
  'service_volumes',
  {
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<ServiceChannel>().notNull(),
    period: text('period').notNull(),
    transactions: integer('transactions').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.channel, table.period] }),
    check('service_volumes_transactions', sql`${table.transactions} >= 0`),
  ],
);

export const benchmarks = sqliteTable('benchmarks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').$type<BenchmarkKind>().notNull(),
  measure: text('measure').$type<Measure>().notNull(),
  unit: text('unit').$type<Unit>().notNull(),
  channel: text('channel').$type<ServiceChannel>(),
  value: real('value').notNull(),
  source: text('source').notNull(),
  asOf: text('as_of').notNull(),
  ...timestamps,
});

export const serviceStandards = sqliteTable(
  'service_standards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    // A service with standards cannot be deleted: its measurements would lose their meaning.
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'restrict' }),
    channel: text('channel').$type<ServiceChannel>(),
    measure: text('measure').$type<Measure>().notNull(),
    unit: text('unit').$type<Unit>().notNull(),
    comparator: text('comparator').$type<Comparator>().notNull(),
    target: real('target').notNull(),
    periodKind: text('period_kind').$type<PeriodKind>().notNull(),
    dataSource: text('data_source').$type<DataSource>().notNull(),
    sourceReference: text('source_reference'),
    effectiveFrom: text('effective_from'),
    effectiveTo: text('effective_to'),
    status: text('status').$type<StandardStatus>().notNull(),
    published: integer('published', { mode: 'boolean' }).notNull(),
    wording: text('wording'),
    baseline: real('baseline'),
    baselinePeriod: text('baseline_period'),
    goal: real('goal'),
    goalPeriod: text('goal_period'),
    benchmarkId: integer('benchmark_id').references(() => benchmarks.id, {
      onDelete: 'set null',
    }),
    ...timestamps,
  },
  (table) => [
    index('service_standards_service').on(table.serviceId),
    check(
      'service_standards_comparator',
      sql`${table.comparator} in ('at-most', 'at-least')`,
    ),
    check(
      'service_standards_status',
      sql`${table.status} in ('draft', 'adopted', 'retired')`,
    ),
  ],
);

export const standardMeasurements = sqliteTable(
  'standard_measurements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardId: integer('standard_id')
      .notNull()
      .references(() => serviceStandards.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: real('value').notNull(),
    n: integer('n'),
    source: text('source'),
    note: text('note'),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('standard_measurements_period').on(table.standardId, table.period),
  ],
);

export const compactVersions = sqliteTable(
  'compact_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    version: integer('version').notNull().unique(),
    status: text('status').$type<CompactStatus>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    adoptedOn: text('adopted_on'),
    approvedBy: text('approved_by'),
    supersededOn: text('superseded_on'),
    ...timestamps,
  },
  (table) => [
    // At most one draft and one adopted compact at a time; the rest is history.
    uniqueIndex('compact_versions_one_draft')
      .on(table.status)
      .where(sql`status = 'draft'`),
    uniqueIndex('compact_versions_one_adopted')
      .on(table.status)
      .where(sql`status = 'adopted'`),
    check(
      'compact_versions_status',
      sql`${table.status} in ('draft', 'adopted', 'superseded')`,
    ),
  ],
);

export const compactBlocks = sqliteTable(
  'compact_blocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => compactVersions.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<BlockKind>().notNull(),
    position: integer('position').notNull(),
    standardCode: text('standard_code'),
  },
  (table) => [index('compact_blocks_version').on(table.versionId, table.position)],
);

export const compactBlockTexts = sqliteTable(
  'compact_block_texts',
  {
    blockId: integer('block_id')
      .notNull()
      .references(() => compactBlocks.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    text: text('text').notNull(),
    /**
     * For a translation, the English text it was made from; when the English changes the
     * translation is outdated and counts as untranslated until it is reviewed.
     */
    sourceText: text('source_text'),
  },
  (table) => [primaryKey({ columns: [table.blockId, table.language] })],
);
