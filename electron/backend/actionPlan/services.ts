import { asc, count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type {
  Service,
  ServiceVolume,
  serviceInput,
} from '../../../shared/domain/actionPlan';
import { comparePeriodTexts, parsePeriod } from '../../../shared/domain/periods';
import type { WorkspaceDb } from '../db/connection';
import {
  customerSegments,
  serviceSegments,
  serviceStandards,
  serviceVolumes,
  services,
} from '../db/schema';
import { codeTaken, notFound, now } from './common';

export type ServiceValues = z.output<typeof serviceInput>;
type ServiceRow = typeof services.$inferSelect;

interface ServiceExtras {
  segments: Map<number, Service['segments']>;
  volumes: Map<number, ServiceVolume[]>;
  standardCounts: Map<number, number>;
}

function loadExtras(db: WorkspaceDb, ids: number[] | null): ServiceExtras {
  const segmentRows = db
    .select({
      serviceId: serviceSegments.serviceId,
      id: customerSegments.id,
      code: customerSegments.code,
      name: customerSegments.name,
    })
    .from(serviceSegments)
    .innerJoin(customerSegments, eq(customerSegments.id, serviceSegments.segmentId))
    .where(ids ? inArray(serviceSegments.serviceId, ids) : undefined)
    .orderBy(asc(customerSegments.code))
    .all();
  const volumeRows = db
    .select()
    .from(serviceVolumes)
    .where(ids ? inArray(serviceVolumes.serviceId, ids) : undefined)
    .all();
  const counts = db
    .select({ serviceId: serviceStandards.serviceId, total: count() })
    .from(serviceStandards)
    .groupBy(serviceStandards.serviceId)
    .all();
  const segments = new Map<number, Service['segments']>();
  for (const { serviceId, ...segment } of segmentRows) {
    segments.set(serviceId, [...(segments.get(serviceId) ?? []), segment]);
  }
  const volumes = new Map<number, ServiceVolume[]>();
  for (const { serviceId, ...volume } of volumeRows) {
    volumes.set(serviceId, [...(volumes.get(serviceId) ?? []), volume]);
  }
  for (const list of volumes.values()) {
    list.sort(
      (a, b) =>
        comparePeriodTexts(a.period, b.period) || a.channel.localeCompare(b.channel),
    );
  }
  return {
    segments,
    volumes,
    standardCounts: new Map(counts.map((row) => [row.serviceId, row.total])),
  };
}

function toService(row: ServiceRow, extras: ServiceExtras): Service {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    segments: extras.segments.get(row.id) ?? [],
    channels: row.channels,
    peakDays: row.peakDays,
    peakHours: row.peakHours,
    peakNote: row.peakNote,
    volumes: extras.volumes.get(row.id) ?? [],
    standardCount: extras.standardCounts.get(row.id) ?? 0,
    updatedAt: row.updatedAt,
  };
}

export function listServices(db: WorkspaceDb): Service[] {
  const extras = loadExtras(db, null);
  return db
    .select()
    .from(services)
    .orderBy(asc(services.code))
    .all()
    .map((row) => toService(row, extras));
}

export function getService(db: WorkspaceDb, id: number): Service {
  const row = db.select().from(services).where(eq(services.id, id)).get();
  if (!row) throw notFound('service', id);
  return toService(row, loadExtras(db, [id]));
}

export function serviceIdsByCode(db: WorkspaceDb): Map<string, number> {
  const rows = db.select({ id: services.id, code: services.code }).from(services).all();
  return new Map(rows.map((row) => [row.code, row.id]));
}

function assertCodeFree(db: WorkspaceDb, code: string, exceptId: number | null): void {
  const found = db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.code, code))
    .get();
  if (found && found.id !== exceptId) throw codeTaken('service', code);
}

function assertSegmentsExist(db: WorkspaceDb, ids: number[]): void {
  if (ids.length === 0) return;
  const found = db
    .select({ id: customerSegments.id })
    .from(customerSegments)
    .where(inArray(customerSegments.id, ids))
    .all();
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'E_NOT_FOUND',
      `There is no customer segment with id ${missing.join(', ')}.`,
    );
  }
}

const columns = (values: ServiceValues) => ({
  code: values.code,
  name: values.name,
  description: values.description,
  channels: values.channels,
  peakDays: values.peakDays,
  peakHours: [...values.peakHours].sort((a, b) => a - b),
  peakNote: values.peakNote,
  updatedAt: now(),
});

function linkSegments(db: WorkspaceDb, serviceId: number, segmentIds: number[]): void {
  db.delete(serviceSegments).where(eq(serviceSegments.serviceId, serviceId)).run();
  if (segmentIds.length === 0) return;
  db.insert(serviceSegments)
    .values(segmentIds.map((segmentId) => ({ serviceId, segmentId })))
    .run();
}

/** Call inside a transaction: the service and its segment links are written together. */
export function insertService(db: WorkspaceDb, values: ServiceValues): number {
  assertCodeFree(db, values.code, null);
  assertSegmentsExist(db, values.segmentIds);
  const row = db
    .insert(services)
    .values({ ...columns(values), createdAt: now() })
    .returning({ id: services.id })
    .get();
  linkSegments(db, row.id, values.segmentIds);
  return row.id;
}

export function updateService(db: WorkspaceDb, id: number, values: ServiceValues): void {
  getService(db, id);
  assertCodeFree(db, values.code, id);
  assertSegmentsExist(db, values.segmentIds);
  db.update(services).set(columns(values)).where(eq(services.id, id)).run();
  linkSegments(db, id, values.segmentIds);
}

export function deleteService(db: WorkspaceDb, id: number): boolean {
  const service = db
    .select({ code: services.code })
    .from(services)
    .where(eq(services.id, id))
    .get();
  if (!service) return false;
  const standards = db
    .select({ total: count() })
    .from(serviceStandards)
    .where(eq(serviceStandards.serviceId, id))
    .get();
  if ((standards?.total ?? 0) > 0) {
    throw new AppError(
      'E_CONFLICT',
      `${service.code} has ${standards?.total} service standards; delete or move them first.`,
    );
  }
  return db.delete(services).where(eq(services.id, id)).run().changes > 0;
}

export function replaceVolumes(
  db: WorkspaceDb,
  id: number,
  volumes: ServiceVolume[],
): void {
  getService(db, id);
  const seen = new Set<string>();
  for (const volume of volumes) {
    if (!parsePeriod(volume.period)) {
      throw new AppError(
        'E_INPUT',
        `${volume.period} is not a period such as 2026-03 or 2026-Q1.`,
      );
    }
    const key = `${volume.channel} ${volume.period}`;
    if (seen.has(key))
      throw new AppError('E_INPUT', `The volume for ${key} is given twice.`);
    seen.add(key);
  }
  db.delete(serviceVolumes).where(eq(serviceVolumes.serviceId, id)).run();
  if (volumes.length > 0) {
    db.insert(serviceVolumes)
      .values(volumes.map((volume) => ({ serviceId: id, ...volume })))
      .run();
  }
}
