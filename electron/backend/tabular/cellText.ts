import type { CellValue } from 'exceljs';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days between the 1900 and 1904 date systems' day zero. */
export const DAYS_1900_TO_1904 = 1462;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A spreadsheet date has no time zone: exceljs returns it as that wall-clock time in UTC.
 * A date without a time of day is written as a plain ISO date.
 */
export function excelDateText(date: Date, shiftDays = 0): string {
  const shifted = new Date(
    Math.round((date.getTime() + shiftDays * DAY_MS) / 1000) * 1000,
  );
  const day = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const seconds =
    shifted.getUTCHours() * 3600 + shifted.getUTCMinutes() * 60 + shifted.getUTCSeconds();
  if (seconds === 0) return day;
  return `${day}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
}

/** Drops binary floating-point noise (0.1 + 0.2) that a spreadsheet never shows. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function objectText(value: Record<string, unknown>, shiftDays: number): string {
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) =>
        isRecord(run) && typeof run.text === 'string' ? run.text : '',
      )
      .join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText(value.result as CellValue, shiftDays);
  }
  if ('hyperlink' in value) return cellText(value.text as CellValue, shiftDays);
  if (typeof value.error === 'string') return value.error;
  return '';
}

/** One cell's value as the text a person sees in the spreadsheet. */
export function cellText(value: CellValue | undefined, shiftDays = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return excelDateText(value, shiftDays);
  return isRecord(value) ? objectText(value, shiftDays) : '';
}
