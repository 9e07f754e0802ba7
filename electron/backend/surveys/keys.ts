/** A 30-bit FNV-1a hash: small enough that a Set of a million stays compact integers. */
export function smallHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x3fffffff;
}

/** A 53-bit hash (two multiplicative lanes), for generated keys that must rarely collide. */
export function wideHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Remembers the keys seen in one import by hash alone, so a million keys cost a few
 * megabytes rather than a copy of every string. A hash match is confirmed exactly against
 * the keys not yet written and, failing that, against the table.
 */
export class SeenKeys {
  private readonly hashes = new Set<number>();
  private readonly unwritten = new Set<string>();

  constructor(private readonly stored: (key: string) => boolean) {}

  /** True when the key was already seen; otherwise remembers it. */
  repeat(key: string): boolean {
    const hash = smallHash(key);
    if (this.hashes.has(hash) && (this.unwritten.has(key) || this.stored(key)))
      return true;
    this.hashes.add(hash);
    this.unwritten.add(key);
    return false;
  }

  written(): void {
    this.unwritten.clear();
  }
}

/**
 * Keys for rows without a response_id, made from the row's content and how many times that
 * content has appeared so far. Importing the same file again makes the same keys, so it
 * adds nothing, while two identical answers in one file are both kept.
 */
export class ContentKeys {
  private readonly occurrences = new Map<string, number>();

  next(content: string): string {
    const hash = wideHash(content);
    const seen = (this.occurrences.get(hash) ?? 0) + 1;
    this.occurrences.set(hash, seen);
    return `auto-${hash}-${seen}`;
  }
}
