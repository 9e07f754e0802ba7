import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** Formats zod issues as "profile.coordinator.email: enter an email address …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  method: string,
): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    throw new AppError('E_INPUT', `${method}: ${describeIssues(result.error)}`, {
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
      })),
    });
  }
  return result.data;
}
