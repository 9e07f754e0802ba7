import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Benchmark,
  benchmarkInput,
} from '../../../shared/domain/actionPlanStandards';
import type { WorkspaceDb } from '../db/connection';
import { benchmarks } from '../db/schema';
import { codeTaken, notFound, now } from './common';

export type BenchmarkValues = z.output<typeof benchmarkInput>;
type BenchmarkRow = typeof benchmarks.$inferSelect;

const toBenchmark = ({ createdAt: _createdAt, ...row }: BenchmarkRow): Benchmark => row;

export function listBenchmarks(db: WorkspaceDb): Benchmark[] {
  return db
    .select()
    .from(benchmarks)
    .orderBy(asc(benchmarks.code))
    .all()
    .map(toBenchmark);
}

export function getBenchmark(db: WorkspaceDb, id: number): Benchmark {
  const row = db.select().from(benchmarks).where(eq(benchmarks.id, id)).get();
  if (!row) throw notFound('benchmark', id);
  return toBenchmark(row);
}

export function benchmarkIdsByCode(db: WorkspaceDb): Map<string, number> {
  const rows = db
    .select({ id: benchmarks.id, code: benchmarks.code })
    .from(benchmarks)
    .all();
  return new Map(rows.map((row) => [row.code, row.id]));
}

function assertCodeFree(db: WorkspaceDb, code: string, exceptId: number | null): void {
  const found = db
    .select({ id: benchmarks.id })
    .from(benchmarks)
    .where(eq(benchmarks.code, code))
    .get();
  if (found && found.id !== exceptId) throw codeTaken('benchmark', code);
}

export function insertBenchmark(db: WorkspaceDb, values: BenchmarkValues): number {
  assertCodeFree(db, values.code, null);
  return db
    .insert(benchmarks)
    .values({ ...values, createdAt: now(), updatedAt: now() })
    .returning({ id: benchmarks.id })
    .get().id;
}

export function updateBenchmark(
  db: WorkspaceDb,
  id: number,
  values: BenchmarkValues,
): void {
  getBenchmark(db, id);
  assertCodeFree(db, values.code, id);
  db.update(benchmarks)
    .set({ ...values, updatedAt: now() })
    .where(eq(benchmarks.id, id))
    .run();
}

export function deleteBenchmark(db: WorkspaceDb, id: number): boolean {
  return db.delete(benchmarks).where(eq(benchmarks.id, id)).run().changes > 0;
}
