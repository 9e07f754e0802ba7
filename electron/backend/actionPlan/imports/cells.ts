/**
 * Strict readers for spreadsheet cells. Nothing is guessed: "85%" is not 85, "1,000" is not
 * 1000 and "Y" is not yes. Each failure is a reason a coordinator can fix in the file.
 */

export class CellProblem extends Error {
  constructor(
    readonly column: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'CellProblem';
  }
}

export type Row = Record<string, string>;

const NUMBER_PATTERN = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER_PATTERN = /^\d+$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const cell = (row: Row, column: string): string => (row[column] ?? '').trim();

export function requiredCell(row: Row, column: string): string {
  const value = cell(row, column);
  if (value === '') throw new CellProblem(column, 'is empty; a value is required');
  return value;
}

export function optionalCell(row: Row, column: string): string | null {
  const value = cell(row, column);
  return value === '' ? null : value;
}

export function numberCell(row: Row, column: string, required: boolean): number | null {
  const text = required ? requiredCell(row, column) : optionalCell(row, column);
  if (text === null) return null;
  if (!NUMBER_PATTERN.test(text)) {
    throw new CellProblem(
      column,
      `"${clip(text)}" is not a number; write digits with a "." for decimals, without ` +
        `units, "%" or thousands separators`,
    );
  }
  return Number(text);
}

export function integerCell(row: Row, column: string): number | null {
  const text = optionalCell(row, column);
  if (text === null) return null;
  if (!INTEGER_PATTERN.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new CellProblem(column, `"${clip(text)}" is not a whole number`);
  }
  return Number(text);
}

/** Matches one of a fixed list, ignoring case: "Adopted" is adopted. */
export function choiceCell<T extends string>(
  row: Row,
  column: string,
  choices: readonly T[],
  fallback: T | null,
): T {
  const text = cell(row, column).toLowerCase();
  if (text === '') {
    if (fallback !== null) return fallback;
    throw new CellProblem(column, `is empty; use one of ${choices.join(', ')}`);
  }
  const found = choices.find((choice) => choice === text);
  if (!found)
    throw new CellProblem(column, `"${clip(text)}" is not one of ${choices.join(', ')}`);
  return found;
}

export function optionalChoiceCell<T extends string>(
  row: Row,
  column: string,
  choices: readonly T[],
): T | null {
  return cell(row, column) === '' ? null : choiceCell(row, column, choices, null);
}

export function yesNoCell(row: Row, column: string): boolean {
  return choiceCell(row, column, ['yes', 'no'] as const, 'no') === 'yes';
}

/** Items separated by ";", each trimmed; empty items are ignored. */
export function listCell(row: Row, column: string): string[] {
  return cell(row, column)
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function choiceListCell<T extends string>(
  row: Row,
  column: string,
  choices: readonly T[],
): T[] {
  const items = listCell(row, column).map((item) => item.toLowerCase());
  const chosen: T[] = [];
  for (const item of items) {
    const found = choices.find((choice) => choice === item);
    if (!found)
      throw new CellProblem(
        column,
        `"${clip(item)}" is not one of ${choices.join(', ')}`,
      );
    if (chosen.includes(found))
      throw new CellProblem(column, `"${found}" is listed twice`);
    chosen.push(found);
  }
  return chosen;
}

export function dateCell(row: Row, column: string, required: boolean): string | null {
  const text = required ? requiredCell(row, column) : optionalCell(row, column);
  if (text === null) return null;
  const match = DATE_PATTERN.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : null;
  if (
    !match ||
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  ) {
    throw new CellProblem(column, `"${clip(text)}" is not a date written YYYY-MM-DD`);
  }
  return text;
}

export function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}\u2026` : text;
}
