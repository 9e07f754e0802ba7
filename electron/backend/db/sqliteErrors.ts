import { AppError } from '../../../shared/errors';

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as SqliteLikeError).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/**
 * Turns SQLite's own failures into words a coordinator can act on. Returns null for errors
 * that are not SQLite's, so callers can fall through to their own handling.
 */
export function appErrorFromSqlite(error: unknown, fileName: string): AppError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  if (code === 'SQLITE_NOTADB') {
    return new AppError(
      'E_NOT_A_WORKSPACE',
      `${fileName} is not a Californians First workspace: it is not a database file.`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new AppError(
      'E_WORKSPACE_DAMAGED',
      `${fileName} is damaged and cannot be opened safely. Restore it from a backup.`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'E_WORKSPACE_LOCKED',
      `${fileName} is in use by another program or window. Close it there and try again.`,
    );
  }
  if (code === 'SQLITE_FULL') {
    return new AppError(
      'E_DISK_FULL',
      `There is not enough disk space to write to ${fileName}. Nothing was changed.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError(
      'E_FORBIDDEN',
      `${fileName} cannot be written: check that the file and its folder are not read-only.`,
    );
  }
  return null;
}
