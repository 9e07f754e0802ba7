export interface PastedMeasurement {
  period: string;
  value: number;
  n: number | null;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const MAX_LINES = 1000;

/**
 * Reads rows pasted from a spreadsheet. Nothing is guessed: a line that does not read as
 * period, value and an optional whole sample size stops the paste with its line number.
 */
export function parsePastedMeasurements(text: string): {
  rows: PastedMeasurement[];
  problem: string | null;
} {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > MAX_LINES)
    return { rows: [], problem: `Paste at most ${MAX_LINES} lines at a time.` };
  const rows: PastedMeasurement[] = [];
  for (const [index, line] of lines.entries()) {
    const cells = line.split(line.includes('\t') ? '\t' : ',').map((cell) => cell.trim());
    const [period = '', value = '', n = ''] = cells;
    if (cells.length > 3 && cells.slice(3).some((cell) => cell !== '')) {
      return { rows: [], problem: `Line ${index + 1} has more than three cells.` };
    }
    if (!NUMBER.test(value))
      return { rows: [], problem: `Line ${index + 1}: "${value}" is not a number.` };
    if (n !== '' && !/^\d+$/.test(n))
      return {
        rows: [],
        problem: `Line ${index + 1}: "${n}" is not a whole sample size.`,
      };
    rows.push({ period, value: Number(value), n: n === '' ? null : Number(n) });
  }
  return { rows, problem: rows.length === 0 ? 'Paste at least one line.' : null };
}
