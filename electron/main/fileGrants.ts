import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

const MAX_GRANTS = 500;
const ID_PATTERN = /^file_[A-Za-z0-9_-]{22}$/;

/**
 * Paths the user chose, known to the page only by opaque ids. The page can hand back an id it
 * was given (from a dialog, the recent list or the start-up file) but can never name a path
 * of its own, so a compromised page cannot reach files the user did not pick.
 */
export class FileGrants {
  private readonly byId = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** The id for a path; the same path keeps the same id while it is remembered. */
  grant(path: string): string {
    const absolute = resolve(path);
    const known = this.byPath.get(absolute);
    if (known) return known;
    const id = `file_${randomBytes(16).toString('base64url')}`;
    this.byId.set(id, absolute);
    this.byPath.set(absolute, id);
    this.evictOldest();
    return id;
  }

  /** The path behind an id, or null for anything main did not mint. */
  resolve(id: unknown): string | null {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
    return this.byId.get(id) ?? null;
  }

  get size(): number {
    return this.byId.size;
  }

  private evictOldest(): void {
    while (this.byId.size > MAX_GRANTS) {
      const oldest = this.byId.keys().next();
      if (oldest.done) return;
      const path = this.byId.get(oldest.value);
      this.byId.delete(oldest.value);
      if (path !== undefined) this.byPath.delete(path);
    }
  }
}
