import { fileProblem } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

interface DetectedEncoding {
  encoding: TextEncoding;
  bomLength: number;
}

const SAVE_AS_UTF8 = 'save it again as \u201cCSV UTF-8\u201d and import that file';

/** Reads the byte order mark; without one, the text must be UTF-8. */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Turns a file's bytes into text chunk by chunk, refusing anything that is not UTF-8 or
 * UTF-16 with a byte order mark. A fatal decoder is used because a lenient one would
 * silently replace a Latin-1 "é" with U+FFFD and import mangled answers.
 */
export class StrictTextDecoder {
  private decoder: TextDecoder | null = null;
  private encoding: TextEncoding = 'utf-8';
  private bytesSeen = 0;

  constructor(private readonly fileName: string) {}

  get detected(): TextEncoding {
    return this.encoding;
  }

  /** Decodes the next chunk; pass `final` with the last one (it may be empty). */
  decode(chunk: Uint8Array, final = false): string {
    let bytes = chunk;
    if (!this.decoder) {
      const { encoding, bomLength } = detectEncoding(chunk);
      this.encoding = encoding;
      // The BOM is dropped here so the first header never starts with U+FEFF.
      this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      bytes = chunk.subarray(bomLength);
      if (bomLength === 0) this.refuseBomlessUtf16(bytes);
    }
    const offset = this.bytesSeen;
    this.bytesSeen += chunk.length;
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: !final });
    } catch {
      throw fileProblem(
        this.fileName,
        `is not valid ${this.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text ` +
          `(an invalid byte sequence at or after byte ${offset}); ${SAVE_AS_UTF8}`,
      );
    }
    if (text.includes('\0')) {
      throw fileProblem(
        this.fileName,
        `contains NUL characters, so it is not a text file this app can read; ${SAVE_AS_UTF8}`,
      );
    }
    return text;
  }

  private refuseBomlessUtf16(bytes: Uint8Array): void {
    const sample = bytes.subarray(0, 512);
    const zeros = sample.reduce((count, byte) => (byte === 0 ? count + 1 : count), 0);
    // Mostly-ASCII UTF-16 has a zero in every other byte; a stray NUL is refused below.
    if (zeros * 4 > sample.length) {
      throw fileProblem(
        this.fileName,
        'contains NUL bytes; it looks like UTF-16 text without a byte order mark, ' +
          `which cannot be read reliably; ${SAVE_AS_UTF8}`,
      );
    }
  }
}
