import { quarterOfDate } from '../../../shared/domain/surveys';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoDateTime(match: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction ?? ''}`;
  return `${y}-${mo}-${d}T${time}${zone ?? ''}`;
}

/**
 * Reads a submission date written as an ISO 8601 date or date-time or as M/D/YYYY (how US
 * spreadsheets show dates), and writes it back in ISO form. Null when it is none of these
 * or not a real calendar date.
 */
export function parseSubmittedAt(text: string): string | null {
  const trimmed = text.trim();
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    return validDay(Number(date[1]), Number(date[2]), Number(date[3])) ? trimmed : null;
  }
  const dateTime = ISO_DATE_TIME.exec(trimmed);
  if (dateTime) return isoDateTime(dateTime);
  const us = US_DATE.exec(trimmed);
  if (us) {
    const month = Number(us[1]);
    const day = Number(us[2]);
    const year = Number(us[3]);
    return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return null;
}

export interface ReadDate {
  iso: string;
  quarter: string;
}

/**
 * Caches parsed dates: a file holds few distinct dates across many rows, so each is parsed
 * once and its quarter string is shared by every row of that date.
 */
export class DateReader {
  private readonly cache = new Map<string, ReadDate | null>();

  read(text: string): ReadDate | null {
    let parsed = this.cache.get(text);
    if (parsed === undefined) {
      const iso = parseSubmittedAt(text);
      parsed =
        iso === null ? null : { iso: ` ${iso}`.slice(1), quarter: quarterOfDate(iso) };
      if (this.cache.size > 50_000) this.cache.clear();
      // A cell is a slice of its whole file chunk; copying the key lets the chunk go.
      this.cache.set(` ${text}`.slice(1), parsed);
    }
    return parsed;
  }
}
