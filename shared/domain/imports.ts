import { z } from 'zod';

/** How many rejected rows a report lists; the total is always counted in full. */
export const MAX_LISTED_REJECTIONS = 1000;

/** One refused row: its number as a spreadsheet shows it (the header is row 1). */
export const rejectedRow = z.object({
  row: z.number().int().positive(),
  /** The header of the offending column, or an empty string when the whole row is at fault. */
  column: z.string(),
  reason: z.string(),
});
export type RejectedRow = z.infer<typeof rejectedRow>;

export const importReport = z.object({
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  /** The first MAX_LISTED_REJECTIONS rejected rows, in file order. */
  rejected: z.array(rejectedRow),
  /** Every rejected row, including those past the listed cap. */
  rejectedTotal: z.number().int().nonnegative(),
});
export type ImportReport = z.infer<typeof importReport>;

/** Where a check reports a row it refuses. */
export interface RejectionSink {
  reject(row: number, column: string, reason: string): void;
}

/** Collects an import's outcome while rows stream past, keeping the listed rejections capped. */
export class ImportTally implements RejectionSink {
  imported = 0;
  duplicates = 0;
  private readonly listed: RejectedRow[] = [];
  private rejectedCount = 0;

  constructor(private readonly cap = MAX_LISTED_REJECTIONS) {}

  reject(row: number, column: string, reason: string): void {
    this.rejectedCount += 1;
    if (this.listed.length < this.cap) this.listed.push({ row, column, reason });
  }

  get rejectedTotal(): number {
    return this.rejectedCount;
  }

  report(): ImportReport {
    return {
      imported: this.imported,
      duplicates: this.duplicates,
      rejected: [...this.listed].sort((a, b) => a.row - b.row),
      rejectedTotal: this.rejectedCount,
    };
  }
}
