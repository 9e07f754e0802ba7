/**
 * Stable error codes that cross the bridge. The renderer shows `message`; tests and scripts
 * assert `code`, so a code, once shipped, keeps its meaning.
 */
export const ERROR_CODES = [
  'E_INPUT',
  'E_UNKNOWN_METHOD',
  'E_FORBIDDEN',
  'E_NO_WORKSPACE',
  'E_WRONG_MODE',
  'E_FILE_EXISTS',
  'E_FILE_NOT_FOUND',
  'E_NOT_A_WORKSPACE',
  'E_WORKSPACE_NEWER',
  'E_WORKSPACE_DAMAGED',
  'E_WORKSPACE_LOCKED',
  'E_MIGRATION_FAILED',
  'E_DISK_FULL',
  'E_NOT_FOUND',
  'E_CONFLICT',
  'E_IMPORT_FORMAT',
  'E_CANCELLED',
  'E_UNAVAILABLE',
  'E_INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** An expected failure with a code and words a coordinator can act on. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate.code) &&
    typeof candidate.message === 'string'
  );
}

/** The envelope every call returns across a process boundary. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
