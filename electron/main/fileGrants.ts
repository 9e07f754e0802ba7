import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { FileAccess, FilePurpose } from '../../shared/contract/define';

const MAX_GRANTS = 500;
const ID_PATTERN = /^file_[A-Za-z0-9_-]{22}$/;

/**
 * How main came to know a path, and so what the page may do with it. An open dialog or the
 * recent list hands out a file to read; a save dialog, a place to write or create. The file
 * named on the command line is opened, or created when it does not exist yet.
 */
export type GrantSource = 'open-dialog' | 'save-dialog' | 'recent' | 'startup';

const ACCESS_BY_SOURCE: Record<GrantSource, readonly FileAccess[]> = {
  'open-dialog': ['read'],
  'save-dialog': ['write', 'create'],
  recent: ['read'],
  startup: ['read', 'create'],
};

/** What a file from the recent list or the command line may be used for: a workspace. */
const PURPOSES_BY_SOURCE: Partial<Record<GrantSource, readonly FilePurpose[]>> = {
  recent: ['open-workspace'],
  startup: ['open-workspace', 'create-workspace'],
};

/** Writing or creating a file is allowed once per grant; reading is not limited. */
const SINGLE_USE: readonly FileAccess[] = ['write', 'create'];

interface Grant {
  path: string;
  allows: Set<FileAccess>;
  /** Why the user chose the file. */
  purposes: readonly FilePurpose[];
  /** The key under which the same path and source reuse this grant's id. */
  reuseKey: string;
}

/** Why a reference cannot be used as a call needs it. */
export type GrantRefusal = 'unknown' | 'wrong-access' | 'wrong-purpose';

export type GrantCheck =
  | { ok: true; path: string }
  | {
      ok: false;
      refusal: GrantRefusal;
      allows: readonly FileAccess[];
      purposes: readonly FilePurpose[];
    };

/**
 * Paths the user chose, known to the page only by opaque ids. The page can hand back an id it
 * was given (from a dialog, the recent list or the start-up file) but can never name a path
 * of its own, and an id only serves the use and the purpose it was granted for, so a
 * compromised page cannot reach files the user did not pick, overwrite a file the user only
 * chose to open, nor spend a place chosen for an export on a backup.
 */
export class FileGrants {
  private readonly byId = new Map<string, Grant>();
  private readonly byReuseKey = new Map<string, string>();

  /**
   * The id for a path; the same path from the same source and for the same purpose keeps its
   * id while remembered. A dialog's file is granted for the dialog's purpose.
   */
  grant(path: string, source: 'recent' | 'startup'): string;
  grant(
    path: string,
    source: 'open-dialog' | 'save-dialog',
    purpose: FilePurpose,
  ): string;
  grant(path: string, source: GrantSource, purpose?: FilePurpose): string {
    const absolute = resolve(path);
    const purposes = purpose ? [purpose] : (PURPOSES_BY_SOURCE[source] ?? []);
    const reuseKey = `${source}\u0000${purposes.join(',')}\u0000${absolute}`;
    const known = this.byReuseKey.get(reuseKey);
    if (known) return known;
    const id = `file_${randomBytes(16).toString('base64url')}`;
    this.byId.set(id, {
      path: absolute,
      allows: new Set(ACCESS_BY_SOURCE[source]),
      purposes,
      reuseKey,
    });
    this.byReuseKey.set(reuseKey, id);
    this.evictOldest();
    return id;
  }

  /** The path behind an id, whatever it allows, or null for anything main did not mint. */
  resolve(id: unknown): string | null {
    return this.find(id)?.path ?? null;
  }

  /**
   * The path behind an id when its grant allows the access a call needs and, when the call
   * names the purposes it takes, was granted for one of them.
   */
  check(id: unknown, access: FileAccess, purposes?: readonly FilePurpose[]): GrantCheck {
    const grant = this.find(id);
    if (!grant) return { ok: false, refusal: 'unknown', allows: [], purposes: [] };
    const refused = (refusal: GrantRefusal): GrantCheck => ({
      ok: false,
      refusal,
      allows: [...grant.allows],
      purposes: grant.purposes,
    });
    if (!grant.allows.has(access)) return refused('wrong-access');
    if (purposes && !grant.purposes.some((purpose) => purposes.includes(purpose))) {
      return refused('wrong-purpose');
    }
    return { ok: true, path: grant.path };
  }

  /**
   * Records that a call succeeded with the access: a file chosen for saving is saved to once,
   * so a page cannot keep rewriting it later. Reading leaves the grant as it was.
   */
  spend(id: string, access: FileAccess): void {
    const grant = this.byId.get(id);
    if (!grant || !SINGLE_USE.includes(access)) return;
    for (const used of SINGLE_USE) grant.allows.delete(used);
    // A later grant of the same path from the same source gets a fresh id with full access.
    this.byReuseKey.delete(grant.reuseKey);
    if (grant.allows.size === 0) this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  private find(id: unknown): Grant | undefined {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
    return this.byId.get(id);
  }

  private evictOldest(): void {
    while (this.byId.size > MAX_GRANTS) {
      const oldest = this.byId.entries().next();
      if (oldest.done) return;
      const [id, grant] = oldest.value;
      this.byId.delete(id);
      if (this.byReuseKey.get(grant.reuseKey) === id)
        this.byReuseKey.delete(grant.reuseKey);
    }
  }
}
