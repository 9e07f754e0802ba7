import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { workspaceMode, type WorkspaceSummary } from '../../shared/domain/workspace';

const MAX_RECENT = 10;

const entry = z.object({
  path: z.string(),
  title: z.string(),
  mode: workspaceMode,
  lastOpenedAt: z.string(),
});
export type RecentEntry = z.infer<typeof entry>;

/** An entry as listed: whether its file is still where it was last opened is checked each time. */
export interface ListedEntry extends RecentEntry {
  found: boolean;
}

/**
 * The list of recently opened workspaces, kept in a small JSON file of the host's own
 * (the desktop app's user-data folder, or the harness's state folder). A damaged list is
 * treated as empty: it is a convenience, never a reason to fail. A file that has been moved
 * or deleted stays listed, marked as not found, until the user removes it: dropping it
 * silently would leave them wondering where their workspace went.
 */
export class RecentWorkspaces {
  constructor(private readonly file: string) {}

  list(): ListedEntry[] {
    return this.read().map((item) => ({ ...item, found: existsSync(item.path) }));
  }

  remember(summary: WorkspaceSummary): void {
    const rest = this.read().filter((item) => item.path !== summary.path);
    const next: RecentEntry = {
      path: summary.path,
      title: summary.title,
      mode: summary.mode,
      lastOpenedAt: new Date().toISOString(),
    };
    this.write([next, ...rest].slice(0, MAX_RECENT));
  }

  forget(path: string): boolean {
    const all = this.read();
    const rest = all.filter((item) => item.path !== path);
    if (rest.length !== all.length) this.write(rest);
    return rest.length !== all.length;
  }

  private read(): RecentEntry[] {
    try {
      const parsed = z
        .array(entry)
        .safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  private write(items: RecentEntry[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(items, null, 2));
    renameSync(temporary, this.file);
  }
}

/** Methods whose success means a workspace was opened and belongs in the recent list. */
export const OPENING_METHODS = new Set([
  'workspace.open',
  'workspace.createDepartment',
  'workspace.createOffice',
]);
