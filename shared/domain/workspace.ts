import { z } from 'zod';

export const WORKSPACE_MODES = ['department', 'office'] as const;
export const workspaceMode = z.enum(WORKSPACE_MODES);
export type WorkspaceMode = z.infer<typeof workspaceMode>;

const trimmed = (max: number) => z.string().trim().max(max);
const required = (label: string, max = 200) =>
  trimmed(max).min(1, `${label} is required`);
const optional = (max = 200) =>
  trimmed(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

/** Department codes are the short public abbreviations: DMV, FTB, CDPH. */
export const departmentCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z][A-Z0-9-]{1,11}$/,
    'a department code is 2 to 12 letters, digits or -, such as DMV',
  );

export const email = z
  .email('enter an email address such as name@agency.ca.gov')
  .max(254);
export const isoDate = z.iso.date('a date is written YYYY-MM-DD');

export const coordinatorInput = z.object({
  name: required('The coordinator\u2019s name'),
  title: optional(),
  email,
  phone: optional(40),
});

export const departmentProfileInput = z.object({
  code: departmentCode,
  name: required('The department\u2019s name'),
  mission: optional(2000),
  website: optional(300),
  publicPhone: optional(40),
  address: optional(500),
  coordinator: coordinatorInput,
  /** The executive the coordinator reports to, by name and title. */
  reportsTo: optional(),
  designatedOn: isoDate.nullable().default(null),
});
export type DepartmentProfileInput = z.input<typeof departmentProfileInput>;

export const departmentProfile = departmentProfileInput.extend({
  coordinator: z.object({
    name: z.string(),
    title: z.string().nullable(),
    email: z.string(),
    phone: z.string().nullable(),
  }),
  updatedAt: z.string(),
});
export type DepartmentProfile = z.infer<typeof departmentProfile>;

export const officeProfileInput = z.object({
  name: required('The office\u2019s name').default(
    'Governor\u2019s Customer Service Office',
  ),
  executiveLeader: optional(),
  email: email.nullable().default(null),
  website: optional(300),
});
export type OfficeProfileInput = z.input<typeof officeProfileInput>;

export const officeProfile = z.object({
  name: z.string(),
  executiveLeader: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  updatedAt: z.string(),
});
export type OfficeProfile = z.infer<typeof officeProfile>;

export const workspaceSummary = z.object({
  mode: workspaceMode,
  /** The department's name, or the office's name. */
  title: z.string(),
  departmentCode: z.string().nullable(),
  path: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummary>;

export const integrityReport = z.object({
  checkedAt: z.string(),
  ok: z.boolean(),
  messages: z.array(z.string()),
});

export const backupRecord = z.object({
  path: z.string(),
  at: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type BackupRecord = z.infer<typeof backupRecord>;

export const workspaceAbout = z.object({
  workspace: workspaceSummary,
  appVersion: z.string(),
  shippedSchemaVersion: z.number().int(),
  createdAt: z.string(),
  createdByAppVersion: z.string(),
  lastBackup: backupRecord.nullable(),
  integrityAtOpen: integrityReport,
  /** Backups taken automatically before a migration, newest first. */
  automaticBackups: z.array(backupRecord),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type WorkspaceAbout = z.infer<typeof workspaceAbout>;
