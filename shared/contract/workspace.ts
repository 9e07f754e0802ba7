import { z } from 'zod';
import {
  backupRecord,
  departmentProfile,
  departmentProfileInput,
  officeProfile,
  officeProfileInput,
  workspaceAbout,
  workspaceSummary,
} from '../domain/workspace';
import { fileRef, jobId, method } from './define';

export const workspaceContract = {
  'workspace.createDepartment': method({
    summary: 'Create a department workspace file and open it',
    input: z.object({ file: fileRef, profile: departmentProfileInput }),
    output: workspaceSummary,
    files: { file: 'create' },
    filePurposes: ['create-workspace'],
  }),
  'workspace.createOffice': method({
    summary:
      'Create the Governor\u2019s Customer Service Office workspace file and open it',
    input: z.object({ file: fileRef, profile: officeProfileInput }),
    output: workspaceSummary,
    files: { file: 'create' },
    filePurposes: ['create-workspace'],
  }),
  'workspace.open': method({
    summary: 'Check, back up if needed, migrate and open a workspace file',
    input: z.object({ file: fileRef }),
    output: workspaceSummary,
    files: { file: 'read' },
    filePurposes: ['open-workspace'],
  }),
  'workspace.close': method({
    summary: 'Close the open workspace',
    input: z.object({}),
    output: z.object({ closed: z.boolean() }),
  }),
  'workspace.current': method({
    summary: 'The open workspace, or null',
    input: z.object({}),
    output: workspaceSummary.nullable(),
  }),
  'workspace.about': method({
    summary: 'Versions, integrity, backups and row counts of the open workspace',
    input: z.object({}),
    output: workspaceAbout,
  }),
  'workspace.backup': method({
    summary: 'Write an online backup of the open workspace to a chosen file',
    input: z.object({ file: fileRef, jobId: jobId.optional() }),
    output: backupRecord,
    files: { file: 'write' },
    filePurposes: ['save-backup'],
    progress: true,
  }),
  'department.getProfile': method({
    summary: 'The department\u2019s profile and its coordinator\u2019s designation',
    input: z.object({}),
    output: departmentProfile,
  }),
  'department.updateProfile': method({
    summary: 'Change the department\u2019s profile or its coordinator\u2019s designation',
    input: departmentProfileInput,
    output: departmentProfile,
  }),
  'office.getProfile': method({
    summary: 'The office\u2019s profile',
    input: z.object({}),
    output: officeProfile,
  }),
  'office.updateProfile': method({
    summary: 'Change the office\u2019s profile',
    input: officeProfileInput,
    output: officeProfile,
  }),
  'jobs.cancel': method({
    summary: 'Ask a long call to stop; it rolls back and fails with E_CANCELLED',
    input: z.object({ jobId }),
    output: z.object({ cancelled: z.boolean() }),
  }),
} as const;
