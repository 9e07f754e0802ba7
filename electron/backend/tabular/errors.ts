import { AppError } from '../../../shared/errors';

/** Where in a file a rule was broken, carried in the error's details for the screen to show. */
export interface FileProblemLocation {
  row?: number;
  column?: string;
}

/** A refusal that names the file, and the row and column when there is one. */
export function fileProblem(
  fileName: string,
  rule: string,
  location: FileProblemLocation = {},
): AppError {
  const where: string[] = [];
  if (location.row !== undefined) where.push(`row ${location.row}`);
  if (location.column !== undefined) where.push(`column \u201c${location.column}\u201d`);
  const prefix = where.length > 0 ? `${fileName}, ${where.join(', ')}` : fileName;
  return new AppError('E_IMPORT_FORMAT', `${prefix}: ${rule}`, {
    file: fileName,
    ...location,
  });
}
