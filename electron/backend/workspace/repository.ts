import { eq, sql } from 'drizzle-orm';
import type {
  DepartmentProfile,
  OfficeProfile,
  WorkspaceMode,
} from '../../../shared/domain/workspace';
import type {
  departmentProfileInput,
  officeProfileInput,
} from '../../../shared/domain/workspace';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { WorkspaceDb } from '../db/connection';
import { departmentProfile, officeProfile, workspaceMeta } from '../db/schema';

type DepartmentValues = z.output<typeof departmentProfileInput>;
type OfficeValues = z.output<typeof officeProfileInput>;

const now = () => new Date().toISOString();

export function insertMeta(
  db: WorkspaceDb,
  mode: WorkspaceMode,
  appVersion: string,
): void {
  db.insert(workspaceMeta)
    .values({
      id: 1,
      mode,
      createdAt: now(),
      createdByAppVersion: appVersion,
      lastWrittenByAppVersion: appVersion,
    })
    .run();
}

export function readMeta(db: WorkspaceDb) {
  const row = db.select().from(workspaceMeta).where(eq(workspaceMeta.id, 1)).get();
  if (!row) throw new AppError('E_WORKSPACE_DAMAGED', 'The workspace record is missing.');
  return row;
}

export function recordBackup(
  db: WorkspaceDb,
  path: string,
  at: string,
  bytes: number,
): void {
  db.update(workspaceMeta)
    .set({ lastBackupAt: at, lastBackupPath: path, lastBackupBytes: bytes })
    .where(eq(workspaceMeta.id, 1))
    .run();
}

function departmentRow(values: DepartmentValues) {
  return {
    code: values.code,
    name: values.name,
    mission: values.mission,
    website: values.website,
    publicPhone: values.publicPhone,
    address: values.address,
    coordinatorName: values.coordinator.name,
    coordinatorTitle: values.coordinator.title,
    coordinatorEmail: values.coordinator.email,
    coordinatorPhone: values.coordinator.phone,
    reportsTo: values.reportsTo,
    designatedOn: values.designatedOn,
    updatedAt: now(),
  };
}

export function saveDepartmentProfile(db: WorkspaceDb, values: DepartmentValues): void {
  const row = departmentRow(values);
  db.insert(departmentProfile)
    .values({ id: 1, ...row })
    .onConflictDoUpdate({ target: departmentProfile.id, set: row })
    .run();
}

export function readDepartmentProfile(db: WorkspaceDb): DepartmentProfile {
  const row = db
    .select()
    .from(departmentProfile)
    .where(eq(departmentProfile.id, 1))
    .get();
  if (!row)
    throw new AppError('E_NOT_FOUND', 'This workspace has no department profile.');
  return {
    code: row.code,
    name: row.name,
    mission: row.mission,
    website: row.website,
    publicPhone: row.publicPhone,
    address: row.address,
    coordinator: {
      name: row.coordinatorName,
      title: row.coordinatorTitle,
      email: row.coordinatorEmail,
      phone: row.coordinatorPhone,
    },
    reportsTo: row.reportsTo,
    designatedOn: row.designatedOn,
    updatedAt: row.updatedAt,
  };
}

export function saveOfficeProfile(db: WorkspaceDb, values: OfficeValues): void {
  const row = { ...values, updatedAt: now() };
  db.insert(officeProfile)
    .values({ id: 1, ...row })
    .onConflictDoUpdate({ target: officeProfile.id, set: row })
    .run();
}

export function readOfficeProfile(db: WorkspaceDb): OfficeProfile {
  const row = db.select().from(officeProfile).where(eq(officeProfile.id, 1)).get();
  if (!row) throw new AppError('E_NOT_FOUND', 'This workspace has no office profile.');
  return {
    name: row.name,
    executiveLeader: row.executiveLeader,
    email: row.email,
    website: row.website,
    updatedAt: row.updatedAt,
  };
}

const INTERNAL_TABLES = new Set(['workspace_meta', '__drizzle_migrations']);

/** Row counts of every table holding the workspace's own data, by table name. */
export function countRows(db: WorkspaceDb): Record<string, number> {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (INTERNAL_TABLES.has(name)) continue;
    const row = db.get<{ n: number }>(
      sql.raw(`select count(*) as n from "${name.replace(/"/g, '""')}"`),
    );
    counts[name] = row.n;
  }
  return counts;
}
