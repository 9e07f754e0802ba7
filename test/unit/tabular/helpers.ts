import { writeFileSync } from 'node:fs';
import { openTabularFile, type TabularLimits } from '../../../electron/backend/tabular';

export interface ReadResult {
  headers: string[];
  numbers: number[];
  rows: string[][];
  malformed: { row: number; reason: string }[];
}

/** Reads a whole tabular file into memory; fine for the small files tests build. */
export async function readAll(
  path: string,
  limits: Partial<TabularLimits> = {},
): Promise<ReadResult> {
  const file = await openTabularFile(path, { limits });
  const result: ReadResult = {
    headers: file.headers,
    numbers: [],
    rows: [],
    malformed: [],
  };
  try {
    for await (const batch of file.batches()) {
      result.numbers.push(...batch.numbers);
      result.rows.push(...batch.rows);
      result.malformed.push(...batch.malformed);
    }
  } finally {
    await file.close();
  }
  return result;
}

export function writeBytes(
  path: string,
  ...parts: (string | number[] | Buffer)[]
): string {
  const buffers = parts.map((part) =>
    typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part),
  );
  writeFileSync(path, Buffer.concat(buffers));
  return path;
}

export function utf16(text: string, order: 'le' | 'be'): Buffer {
  const little = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), little]);
  const big = Buffer.alloc(little.length);
  for (let index = 0; index < little.length; index += 2) {
    big[index] = little[index + 1] ?? 0;
    big[index + 1] = little[index] ?? 0;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), big]);
}
