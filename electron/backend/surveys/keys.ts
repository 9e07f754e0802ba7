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
