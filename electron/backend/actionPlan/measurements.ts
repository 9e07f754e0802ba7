import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { evaluateAdherence } from '../../../shared/domain/adherence';
import {
  valueProblem,
  type Measurement,
  type measurementInput,
} from '../../../shared/domain/actionPlanStandards';
import { comparePeriodTexts, parsePeriod } from '../../../shared/domain/periods';
import type { WorkspaceDb } from '../db/connection';
import { standardMeasurements } from '../db/schema';
import { now } from './common';
import type { StandardRow } from './standards';

export type MeasurementValues = z.output<typeof measurementInput>;
type MeasurementRow = typeof standardMeasurements.$inferSelect;

function toMeasurement(row: MeasurementRow, standard: StandardRow): Measurement {
  const adherence = evaluateAdherence(standard.comparator, standard.target, row.value);
  return {
    id: row.id,
    standardId: row.standardId,
    period: row.period,
    value: row.value,
    n: row.n,
    source: row.source,
    note: row.note,
    met: adherence.met,
    difference: adherence.difference,
    updatedAt: row.updatedAt,
  };
}

/** The reason a measurement does not fit its standard, or null. */
export function measurementProblem(
  standard: StandardRow,
  values: { period: string; value: number },
): { field: 'period' | 'value'; message: string } | null {
  const period = parsePeriod(values.period);
  if (!period)
    return {
      field: 'period',
      message: `${values.period} is not a period such as 2026-03 or 2026-Q1`,
    };
  if (period.kind !== standard.periodKind) {
    const example = standard.periodKind === 'month' ? '2026-03' : '2026-Q1';
    return {
      field: 'period',
      message:
        `${standard.code} is measured by ${standard.periodKind}, so its period ` +
        `is written like ${example}`,
    };
  }
  const problem = valueProblem(values.value, standard.unit);
  return problem ? { field: 'value', message: `the value ${problem}` } : null;
}

/** Measurements sort by period text only within one kind, so they are sorted in code. */
export function pageOfMeasurements(
  db: WorkspaceDb,
  standard: StandardRow,
  offset: number,
  limit: number,
): { items: Measurement[]; total: number } {
  const total =
    db
      .select({ total: count() })
      .from(standardMeasurements)
      .where(eq(standardMeasurements.standardId, standard.id))
      .get()?.total ?? 0;
  // One kind per standard, and YYYY-MM / YYYY-Qn texts of one kind sort like their periods.
  const rows = db
    .select()
    .from(standardMeasurements)
    .where(eq(standardMeasurements.standardId, standard.id))
    .orderBy(desc(standardMeasurements.period))
    .limit(limit)
    .offset(offset)
    .all();
  return { items: rows.map((row) => toMeasurement(row, standard)), total };
}

export function measurementsFor(
  db: WorkspaceDb,
  standardIds: number[],
): Map<number, { period: string; value: number; n: number | null }[]> {
  const series = new Map<number, { period: string; value: number; n: number | null }[]>();
  if (standardIds.length === 0) return series;
  const rows = db
    .select({
      standardId: standardMeasurements.standardId,
      period: standardMeasurements.period,
      value: standardMeasurements.value,
      n: standardMeasurements.n,
    })
    .from(standardMeasurements)
    .where(inArray(standardMeasurements.standardId, standardIds))
    .all();
  for (const { standardId, ...point } of rows) {
    series.set(standardId, [...(series.get(standardId) ?? []), point]);
  }
  for (const points of series.values())
    points.sort((a, b) => comparePeriodTexts(a.period, b.period));
  return series;
}

export function measurementExists(
  db: WorkspaceDb,
  standardId: number,
  period: string,
): boolean {
  return Boolean(
    db
      .select({ id: standardMeasurements.id })
      .from(standardMeasurements)
      .where(
        and(
          eq(standardMeasurements.standardId, standardId),
          eq(standardMeasurements.period, period),
        ),
      )
      .get(),
  );
}

/** Records a period's value, or corrects it when the period already has one. */
export function saveMeasurement(
  db: WorkspaceDb,
  standard: StandardRow,
  values: MeasurementValues,
): Measurement {
  const problem = measurementProblem(standard, values);
  if (problem) throw new AppError('E_INPUT', `${problem.field}: ${problem.message}.`);
  const columns = {
    period: values.period,
    value: values.value,
    n: values.n,
    source: values.source,
    note: values.note,
  };
  const row = db
    .insert(standardMeasurements)
    .values({ standardId: standard.id, ...columns, createdAt: now(), updatedAt: now() })
    .onConflictDoUpdate({
      target: [standardMeasurements.standardId, standardMeasurements.period],
      set: { ...columns, updatedAt: now() },
    })
    .returning()
    .get();
  return toMeasurement(row, standard);
}

export function insertMeasurement(db: WorkspaceDb, values: MeasurementValues): void {
  db.insert(standardMeasurements)
    .values({ ...values, createdAt: now(), updatedAt: now() })
    .run();
}

export function deleteMeasurement(db: WorkspaceDb, id: number): boolean {
  return (
    db.delete(standardMeasurements).where(eq(standardMeasurements.id, id)).run().changes >
    0
  );
}
