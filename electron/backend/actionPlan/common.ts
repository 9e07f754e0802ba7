import { AppError } from '../../../shared/errors';

export const now = () => new Date().toISOString();

export function notFound(what: string, id: number): AppError {
  return new AppError(
    'E_NOT_FOUND',
    `There is no ${what} with id ${id}; it may have been deleted.`,
  );
}

export function codeTaken(what: string, code: string): AppError {
  return new AppError(
    'E_CONFLICT',
    `A ${what} with the code ${code} already exists; codes are unique.`,
  );
}
