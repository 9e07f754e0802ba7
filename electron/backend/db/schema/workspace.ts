import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row describing the file itself. The singleton check keeps a second row from ever
 * disagreeing with the first about what kind of workspace this is.
 */
export const workspaceMeta = sqliteTable(
  'workspace_meta',
  {
    id: integer('id').primaryKey(),
    mode: text('mode', { enum: ['department', 'office'] }).notNull(),
    createdAt: text('created_at').notNull(),
    createdByAppVersion: text('created_by_app_version').notNull(),
    /** The newest app version that opened the file, named when an older app refuses it. */
    lastWrittenByAppVersion: text('last_written_by_app_version').notNull(),
    lastBackupAt: text('last_backup_at'),
    lastBackupPath: text('last_backup_path'),
    lastBackupBytes: integer('last_backup_bytes'),
  },
  (table) => [
    check('workspace_meta_singleton', sql`${table.id} = 1`),
    check('workspace_meta_mode', sql`${table.mode} in ('department', 'office')`),
  ],
);

export const departmentProfile = sqliteTable(
  'department_profile',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    mission: text('mission'),
    website: text('website'),
    publicPhone: text('public_phone'),
    address: text('address'),
    coordinatorName: text('coordinator_name').notNull(),
    coordinatorTitle: text('coordinator_title'),
    coordinatorEmail: text('coordinator_email').notNull(),
    coordinatorPhone: text('coordinator_phone'),
    reportsTo: text('reports_to'),
    designatedOn: text('designated_on'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [check('department_profile_singleton', sql`${table.id} = 1`)],
);

export const officeProfile = sqliteTable(
  'office_profile',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    executiveLeader: text('executive_leader'),
    email: text('email'),
    website: text('website'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [check('office_profile_singleton', sql`${table.id} = 1`)],
);
