import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempFolder {
  path: string;
  /** A path inside the folder; the file is not created. */
  file(name: string): string;
  remove(): void;
}

/** A fresh empty folder for one test's files. */
export function makeTempFolder(prefix = 'pcf-e2e-'): TempFolder {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
