import { asc, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Standard, standardInput } from '../../../shared/domain/actionPlanStandards';
import type { ServiceChannel } from '../../../shared/domain/channels';
import type { WorkspaceDb } from '../db/connection';
import {
  benchmarks,
  serviceStandards,
  services,
  standardMeasurements,
} from '../db/schema';
import { codeTaken, notFound, now } from './common';

export type StandardValues = z.output<typeof standardInput>;
export type StandardRow = typeof serviceStandards.$inferSelect;

interface ServiceRef {
  id: number;
  code: string;
  name: string;
}

function selectStandards(db: WorkspaceDb, id: number | null) {
  return db
    .select({
      standard: serviceStandards,
      service: { id: services.id, code: services.code, name: services.name },
    })
    .from(serviceStandards)
    .innerJoin(services, eq(services.id, serviceStandards.serviceId))
    .where(id === null ? undefined : eq(serviceStandards.id, id))
    .orderBy(asc(serviceStandards.code))
    .all();
}

function measurementCounts(db: WorkspaceDb): Map<number, number> {
  const rows = db
    .select({ standardId: standardMeasurements.standardId, total: count() })
    .from(standardMeasurements)
    .groupBy(standardMeasurements.standardId)
    .all();
  return new Map(rows.map((row) => [row.standardId, row.total]));
}

function toStandard(
  row: StandardRow,
  service: ServiceRef,
  measurementCount: number,
): Standard {
  const { serviceId: _serviceId, createdAt: _createdAt, ...rest } = row;
  return { ...rest, service, measurementCount };
}

export function listStandards(db: WorkspaceDb): Standard[] {
  const counts = measurementCounts(db);
  return selectStandards(db, null).map(({ standard, service }) =>
    toStandard(standard, service, counts.get(standard.id) ?? 0),
  );
}

export function getStandard(db: WorkspaceDb, id: number): Standard {
  const [found] = selectStandards(db, id);
  if (!found) throw notFound('service standard', id);
  return toStandard(found.standard, found.service, measurementCounts(db).get(id) ?? 0);
}

export function getStandardRow(db: WorkspaceDb, id: number): StandardRow {
  const row = db.select().from(serviceStandards).where(eq(serviceStandards.id, id)).get();
  if (!row) throw notFound('service standard', id);
  return row;
}

export function standardsByCode(db: WorkspaceDb): Map<string, StandardRow> {
  return new Map(
    db
      .select()
      .from(serviceStandards)
      .all()
      .map((row) => [row.code, row]),
  );
}

/** Why a standard cannot cover this channel of the service, or null when it can. */
export function channelProblem(
  db: WorkspaceDb,
  serviceId: number,
  channel: ServiceChannel | null,
): string | null {
  const service = db
    .select({ code: services.code, channels: services.channels })
    .from(services)
    .where(eq(services.id, serviceId))
    .get();
  if (!service || channel === null || service.channels.length === 0) return null;
  return service.channels.includes(channel)
    ? null
    : `${service.code} is not offered by ${channel}; it is offered by ` +
        `${service.channels.join(', ')}`;
}

function assertReferencesExist(db: WorkspaceDb, values: StandardValues): void {
  const service = db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.id, values.serviceId))
    .get();
  if (!service) throw notFound('service', values.serviceId);
  const problem = channelProblem(db, values.serviceId, values.channel);
  if (problem) throw new AppError('E_INPUT', `channel: ${problem}.`);
  if (values.benchmarkId !== null) {
    const found = db
      .select({ id: benchmarks.id })
      .from(benchmarks)
      .where(eq(benchmarks.id, values.benchmarkId))
      .get();
    if (!found) throw notFound('benchmark', values.benchmarkId);
  }
}

function assertCodeFree(db: WorkspaceDb, code: string, exceptId: number | null): void {
  const found = db
    .select({ id: serviceStandards.id })
    .from(serviceStandards)
    .where(eq(serviceStandards.code, code))
    .get();
  if (found && found.id !== exceptId) throw codeTaken('service standard', code);
}

const columns = (values: StandardValues) => ({ ...values, updatedAt: now() });

export function insertStandard(db: WorkspaceDb, values: StandardValues): number {
  assertCodeFree(db, values.code, null);
  assertReferencesExist(db, values);
  return db
    .insert(serviceStandards)
    .values({ ...columns(values), createdAt: now() })
    .returning({ id: serviceStandards.id })
    .get().id;
}

export function updateStandard(
  db: WorkspaceDb,
  id: number,
  values: StandardValues,
): void {
  const before = getStandardRow(db, id);
  assertCodeFree(db, values.code, id);
  assertReferencesExist(db, values);
  const measured = measurementCounts(db).get(id) ?? 0;
  if (measured > 0 && before.periodKind !== values.periodKind) {
    throw new AppError(
      'E_CONFLICT',
      `${before.code} already has ${measured} ${before.periodKind}ly measurements; ` +
        `its period cannot change to ${values.periodKind}.`,
    );
  }
  db.update(serviceStandards)
    .set(columns(values))
    .where(eq(serviceStandards.id, id))
    .run();
}

export function deleteStandard(db: WorkspaceDb, id: number): boolean {
  return db.delete(serviceStandards).where(eq(serviceStandards.id, id)).run().changes > 0;
}
