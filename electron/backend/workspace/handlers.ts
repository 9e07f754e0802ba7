import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { listAutomaticBackups, writeBackup } from '../db/backup';
import { createWorkspaceFile } from '../db/create';
import { defineHandlers } from '../rpc/types';
import {
  countRows,
  insertMeta,
  readDepartmentProfile,
  readMeta,
  readOfficeProfile,
  recordBackup,
  saveDepartmentProfile,
  saveOfficeProfile,
} from './repository';

export const workspaceHandlers = defineHandlers({
  'workspace.createDepartment': async ({ file, profile }, { session, emit }) => {
    createWorkspaceFile(file, session.migrations, (db) => {
      insertMeta(db, 'department', session.version);
      saveDepartmentProfile(db, profile);
    });
    const workspace = await session.open(file);
    emit('workspaceChanged', { reason: 'opened' });
    return workspace.summary();
  },

  'workspace.createOffice': async ({ file, profile }, { session, emit }) => {
    createWorkspaceFile(file, session.migrations, (db) => {
      insertMeta(db, 'office', session.version);
      saveOfficeProfile(db, profile);
    });
    const workspace = await session.open(file);
    emit('workspaceChanged', { reason: 'opened' });
    return workspace.summary();
  },

  'workspace.open': async ({ file }, { session, emit }) => {
    const workspace = await session.open(file);
    emit('workspaceChanged', { reason: 'opened' });
    return workspace.summary();
  },

  'workspace.close': (_input, { session, emit }) => {
    const closed = session.close();
    if (closed) emit('workspaceChanged', { reason: 'closed' });
    return { closed };
  },

  'workspace.current': (_input, { session }) => session.peek()?.summary() ?? null,

  'workspace.about': (_input, { workspace, session }) => {
    const open = workspace();
    const meta = readMeta(open.db);
    return {
      workspace: open.summary(),
      appVersion: session.version,
      shippedSchemaVersion: session.migrations.list.length,
      createdAt: meta.createdAt,
      createdByAppVersion: meta.createdByAppVersion,
      lastBackup:
        meta.lastBackupAt && meta.lastBackupPath
          ? {
              at: meta.lastBackupAt,
              path: meta.lastBackupPath,
              bytes: meta.lastBackupBytes ?? 0,
            }
          : null,
      integrityAtOpen: open.integrity,
      automaticBackups: listAutomaticBackups(open.path),
      counts: countRows(open.db),
    };
  },

  'workspace.backup': async ({ file }, { workspace, progress, signal }) => {
    const open = workspace();
    if (file === open.path) {
      throw new AppError(
        'E_CONFLICT',
        'A backup cannot be written over the workspace itself.',
      );
    }
    const record = await writeBackup(
      open.sqlite,
      file,
      ({ totalPages, remainingPages }) =>
        progress('copying', totalPages - remainingPages, totalPages),
      signal,
    );
    recordBackup(open.db, record.path, record.at, record.bytes);
    progress('done', 1, 1);
    return record;
  },

  'department.getProfile': (_input, { workspace }) => {
    const open = workspace();
    open.requireMode('department');
    return readDepartmentProfile(open.db);
  },

  'department.updateProfile': (input, { workspace, emit }) => {
    const open = workspace();
    open.requireMode('department');
    saveDepartmentProfile(open.db, input);
    emit('workspaceChanged', { reason: 'updated' });
    return readDepartmentProfile(open.db);
  },

  'office.getProfile': (_input, { workspace }) => {
    const open = workspace();
    open.requireMode('office');
    return readOfficeProfile(open.db);
  },

  'office.updateProfile': (input, { workspace, emit }) => {
    const open = workspace();
    open.requireMode('office');
    saveOfficeProfile(open.db, input);
    emit('workspaceChanged', { reason: 'updated' });
    return readOfficeProfile(open.db);
  },
});

export const describeFile = (path: string) => basename(path);
