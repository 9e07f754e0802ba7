import { CallError } from '../client/client';
import type { ErrorCode } from '../../shared/errors';

/** Messages for form fields, keyed by the dotted input path, such as `coordinator.email`. */
export type FieldErrors = Record<string, string>;

interface InputIssue {
  path: string[];
  message: string;
}

function issuesOf(details: unknown): InputIssue[] {
  if (typeof details !== 'object' || details === null) return [];
  const issues = (details as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is InputIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as InputIssue).path) &&
      typeof (issue as InputIssue).message === 'string',
  );
}

/**
 * Turns the backend's E_INPUT details into per-field messages. `prefix` drops the part of
 * the path the form does not show, such as `profile` in `profile.coordinator.email`.
 */
export function fieldErrorsOf(
  error: unknown,
  prefix: readonly string[] = [],
): FieldErrors {
  if (!(error instanceof CallError) || error.code !== 'E_INPUT') return {};
  const errors: FieldErrors = {};
  for (const issue of issuesOf(error.details)) {
    const matchesPrefix = prefix.every((segment, index) => issue.path[index] === segment);
    if (!matchesPrefix) continue;
    const key = issue.path.slice(prefix.length).join('.');
    errors[key] ??= issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
  return errors;
}

export function errorCodeOf(error: unknown): ErrorCode | null {
  return error instanceof CallError ? error.code : null;
}

/** The words to show a person for any failure; the backend's own message when it has one. */
export function messageOf(error: unknown): string {
  if (error instanceof CallError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong.';
}
