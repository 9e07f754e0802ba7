import { z } from 'zod';
import {
  segment,
  segmentInput,
  service,
  serviceInput,
  serviceVolume,
} from '../domain/actionPlan';
import {
  benchmark,
  benchmarkInput,
  measurement,
  measurementInput,
  standard,
  standardInput,
  standardStatusRow,
} from '../domain/actionPlanStandards';
import { serviceChannel } from '../domain/channels';
import { importReport } from '../domain/imports';
import { periodText } from '../domain/periods';
import { fileRef, jobId, method } from './define';

const byId = z.object({ id: z.number().int().positive() });
const deleted = z.object({ deleted: z.boolean() });

export const IMPORT_KINDS = [
  'segments',
  'services',
  'standards',
  'measurements',
  'benchmarks',
] as const;
export const importKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKind>;

export const customersContract = {
  'segments.list': method({
    summary: 'Every customer segment, by code',
    input: z.object({}),
    output: z.array(segment),
  }),
  'segments.create': method({
    summary: 'Add a customer segment',
    input: segmentInput,
    output: segment,
  }),
  'segments.update': method({
    summary: 'Change a customer segment',
    input: z.object({ id: z.number().int().positive(), segment: segmentInput }),
    output: segment,
  }),
  'segments.delete': method({
    summary: 'Remove a customer segment; services stop listing it',
    input: byId,
    output: deleted,
  }),
  'services.list': method({
    summary: 'Every service with its segments, channels, peaks and volumes',
    input: z.object({}),
    output: z.array(service),
  }),
  'services.create': method({
    summary: 'Add a service',
    input: serviceInput,
    output: service,
  }),
  'services.update': method({
    summary: 'Change a service',
    input: z.object({ id: z.number().int().positive(), service: serviceInput }),
    output: service,
  }),
  'services.delete': method({
    summary: 'Remove a service that has no standards',
    input: byId,
    output: deleted,
  }),
  'services.setVolumes': method({
    summary: 'Replace the transactions per channel and period of one service',
    input: z.object({
      id: z.number().int().positive(),
      volumes: z.array(serviceVolume).max(5000),
    }),
    output: service,
  }),
} as const;

export const standardsContract = {
  'standards.list': method({
    summary: 'Every service standard, by code',
    input: z.object({}),
    output: z.array(standard),
  }),
  'standards.create': method({
    summary: 'Add a service standard',
    input: standardInput,
    output: standard,
  }),
  'standards.update': method({
    summary: 'Change a service standard',
    input: z.object({ id: z.number().int().positive(), standard: standardInput }),
    output: standard,
  }),
  'standards.delete': method({
    summary: 'Remove a standard and its measurements',
    input: byId,
    output: deleted,
  }),
  'standards.status': method({
    summary:
      'Adopted standards with their latest value, adherence, trend and benchmark gap',
    input: z.object({
      /** Shows each standard as it stood at the end of this period. */
      period: periodText.nullable().default(null),
      serviceId: z.number().int().positive().nullable().default(null),
      channel: serviceChannel.nullable().default(null),
    }),
    output: z.object({ standards: z.array(standardStatusRow) }),
  }),
  'measurements.list': method({
    summary: 'One page of a standard\u2019s measurements, newest period first',
    input: z.object({
      standardId: z.number().int().positive(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: z.object({ items: z.array(measurement), total: z.number().int() }),
  }),
  'measurements.save': method({
    summary: 'Record or correct the value of a standard for one period',
    input: measurementInput,
    output: measurement,
  }),
  'measurements.saveMany': method({
    summary: 'Record or correct several periods of one standard at once, all or none',
    input: z.object({
      standardId: z.number().int().positive(),
      measurements: z
        .array(measurementInput.omit({ standardId: true }))
        .min(1)
        .max(1000),
    }),
    output: z.object({ saved: z.number().int() }),
  }),
  'measurements.fillFromSurveys': method({
    summary:
      'Compute a survey-sourced standard\u2019s quarterly values from the survey ' +
      'results, all or none',
    input: z.object({ standardId: z.number().int().positive() }),
    output: z.object({
      filled: z.number().int(),
      skipped: z.array(z.object({ period: z.string(), reason: z.string() })),
    }),
  }),
  'measurements.delete': method({
    summary: 'Remove one measurement',
    input: byId,
    output: deleted,
  }),
  'benchmarks.list': method({
    summary: 'Every benchmark, by code',
    input: z.object({}),
    output: z.array(benchmark),
  }),
  'benchmarks.create': method({
    summary: 'Add a benchmark',
    input: benchmarkInput,
    output: benchmark,
  }),
  'benchmarks.update': method({
    summary: 'Change a benchmark',
    input: z.object({ id: z.number().int().positive(), benchmark: benchmarkInput }),
    output: benchmark,
  }),
  'benchmarks.delete': method({
    summary: 'Remove a benchmark; standards that chose it fall back to the newest match',
    input: byId,
    output: deleted,
  }),
} as const;

export const actionPlanImportsContract = {
  'imports.preview': method({
    summary:
      'Read a spreadsheet of segments, services, standards, measurements or ' +
      'benchmarks and report what an import would do, writing nothing',
    input: z.object({ kind: importKind, file: fileRef, jobId: jobId.optional() }),
    output: importReport,
    files: { file: 'read' },
    filePurposes: ['import-data'],
    progress: true,
  }),
  'imports.run': method({
    summary:
      'Import a spreadsheet of segments, services, standards, measurements or ' +
      'benchmarks in one transaction',
    input: z.object({ kind: importKind, file: fileRef, jobId: jobId.optional() }),
    output: importReport,
    files: { file: 'read' },
    filePurposes: ['import-data'],
    progress: true,
  }),
} as const;
