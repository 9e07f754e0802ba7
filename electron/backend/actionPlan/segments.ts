import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { z } from 'zod';
import type { Segment, segmentInput } from '../../../shared/domain/actionPlan';
import type { WorkspaceDb } from '../db/connection';
import { customerSegments, serviceSegments, services } from '../db/schema';
import { codeTaken, notFound, now } from './common';

export type SegmentValues = z.output<typeof segmentInput>;
type SegmentRow = typeof customerSegments.$inferSelect;

function servicesBySegment(db: WorkspaceDb): Map<number, string[]> {
  const links = db
    .select({ segmentId: serviceSegments.segmentId, code: services.code })
    .from(serviceSegments)
    .innerJoin(services, eq(services.id, serviceSegments.serviceId))
    .orderBy(asc(services.code))
    .all();
  const bySegment = new Map<number, string[]>();
  for (const link of links) {
    bySegment.set(link.segmentId, [...(bySegment.get(link.segmentId) ?? []), link.code]);
  }
  return bySegment;
}

function toSegment(row: SegmentRow, serviceCodes: string[]): Segment {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    kind: row.kind,
    estimatedPerYear: row.estimatedPerYear,
    languages: row.languages,
    channels: row.channels,
    priority: row.priority,
    services: serviceCodes,
    updatedAt: row.updatedAt,
  };
}

export function listSegments(db: WorkspaceDb): Segment[] {
  const links = servicesBySegment(db);
  return db
    .select()
    .from(customerSegments)
    .orderBy(asc(customerSegments.code))
    .all()
    .map((row) => toSegment(row, links.get(row.id) ?? []));
}

export function getSegment(db: WorkspaceDb, id: number): Segment {
  const row = db.select().from(customerSegments).where(eq(customerSegments.id, id)).get();
  if (!row) throw notFound('customer segment', id);
  return toSegment(row, servicesBySegment(db).get(id) ?? []);
}

export function segmentIdsByCode(db: WorkspaceDb): Map<string, number> {
  const rows = db
    .select({ id: customerSegments.id, code: customerSegments.code })
    .from(customerSegments)
    .all();
  return new Map(rows.map((row) => [row.code, row.id]));
}

function assertCodeFree(db: WorkspaceDb, code: string, exceptId: number | null): void {
  const found = db
    .select({ id: customerSegments.id })
    .from(customerSegments)
    .where(eq(customerSegments.code, code))
    .get();
  if (found && found.id !== exceptId) throw codeTaken('customer segment', code);
}

const columns = (values: SegmentValues) => ({
  code: values.code,
  name: values.name,
  description: values.description,
  kind: values.kind,
  estimatedPerYear: values.estimatedPerYear,
  languages: values.languages,
  channels: values.channels,
  priority: values.priority,
  updatedAt: now(),
});

export function insertSegment(db: WorkspaceDb, values: SegmentValues): number {
  assertCodeFree(db, values.code, null);
  const row = db
    .insert(customerSegments)
    .values({ ...columns(values), createdAt: now() })
    .returning({ id: customerSegments.id })
    .get();
  return row.id;
}

/**
 * Surveys and their responses name a segment by its code, with no foreign key (responses
 * arrive by the million), so a code in use there may neither change nor go away.
 */
function surveyUsesOf(db: WorkspaceDb, code: string): string | null {
  const response = db.get<{ found: number } | undefined>(
    sql`select 1 as found from survey_responses where segment = ${code} limit 1`,
  );
  if (response) return 'survey responses';
  const survey = db.get<{ found: number } | undefined>(
    sql`select 1 as found from surveys, json_each(surveys.segments) where json_each.value = ${code} limit 1`,
  );
  return survey ? 'surveys' : null;
}

function assertNotInSurveys(db: WorkspaceDb, code: string, change: string): void {
  const usedBy = surveyUsesOf(db, code);
  if (usedBy) {
    throw new AppError(
      'E_CONFLICT',
      `${usedBy} refer to the segment ${code}, so it cannot be ${change}.`,
    );
  }
}

export function updateSegment(db: WorkspaceDb, id: number, values: SegmentValues): void {
  const before = getSegment(db, id);
  assertCodeFree(db, values.code, id);
  if (before.code !== values.code) assertNotInSurveys(db, before.code, 'renamed');
  db.update(customerSegments)
    .set(columns(values))
    .where(eq(customerSegments.id, id))
    .run();
}

export function deleteSegment(db: WorkspaceDb, id: number): boolean {
  const row = db
    .select({ code: customerSegments.code })
    .from(customerSegments)
    .where(eq(customerSegments.id, id))
    .get();
  if (!row) return false;
  assertNotInSurveys(db, row.code, 'deleted');
  return db.delete(customerSegments).where(eq(customerSegments.id, id)).run().changes > 0;
}
