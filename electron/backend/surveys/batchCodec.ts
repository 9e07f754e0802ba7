import type { ParsedResponse } from './rowReader';

/**
 * Checked responses as they cross from the reading worker to the writing thread. Copying a
 * million objects between threads costs as much as parsing them did, so a batch travels as
 * columns instead: the few distinct dates, quarters, channels, segments and languages as
 * numbers into a list of values, the keys and packed answers as one string each that the
 * receiver cuts up, and the rarer multiple-choice and free-text answers as plain arrays.
 */
export interface EncodedBatch {
  count: number;
  rows: Int32Array;
  /** Per response, in this order: submitted date, quarter, channel, segment, language. */
  codes: Int32Array;
  /** Values first seen in this batch; they take the next numbers in the list. */
  newValues: string[];
  /** Every key one after another; a response without one has length -1. */
  keys: string;
  keyLengths: Int32Array;
  /** Every packed closed-answer string one after another; they all have the same length. */
  closed: string;
  /** Null when the version has no multiple-choice question. */
  multi: (number[][] | null)[] | null;
  /** Null when the version has no free-text question. */
  texts: (string[] | null)[] | null;
}

const CODES_PER_RESPONSE = 5;
/** The code of a response without a submitted date. */
const NO_DATE = -1;

/** Encodes one file's batches in order; the decoder must see them in the same order. */
export class BatchEncoder {
  private readonly numbers = new Map<string, number>();
  private fresh: string[] = [];

  encode(responses: readonly ParsedResponse[]): EncodedBatch {
    const count = responses.length;
    const rows = new Int32Array(count);
    const codes = new Int32Array(count * CODES_PER_RESPONSE);
    const keys = new Array<string>(count);
    const keyLengths = new Int32Array(count);
    const closed = new Array<string>(count);
    const hasMulti = count > 0 && responses[0]?.multi !== null;
    const hasTexts = count > 0 && responses[0]?.texts !== null;
    const multi = hasMulti ? new Array<number[][] | null>(count) : null;
    const texts = hasTexts ? new Array<string[] | null>(count) : null;
    for (let index = 0; index < count; index += 1) {
      const response = responses[index] as ParsedResponse;
      const base = index * CODES_PER_RESPONSE;
      rows[index] = response.row;
      codes[base] =
        response.submittedAt === null ? NO_DATE : this.numberOf(response.submittedAt);
      codes[base + 1] = this.numberOf(response.quarter);
      codes[base + 2] = this.numberOf(response.channel);
      codes[base + 3] = this.numberOf(response.segment);
      codes[base + 4] = this.numberOf(response.language);
      keys[index] = response.key ?? '';
      keyLengths[index] = response.key === null ? -1 : response.key.length;
      closed[index] = response.closed;
      if (multi) multi[index] = response.multi;
      if (texts) texts[index] = response.texts;
    }
    const newValues = this.fresh;
    this.fresh = [];
    return {
      count,
      rows,
      codes,
      newValues,
      keys: keys.join(''),
      keyLengths,
      closed: closed.join(''),
      multi,
      texts,
    };
  }

  private numberOf(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(value, number);
      this.fresh.push(value);
    }
    return number;
  }
}

/** The buffers a batch can hand over instead of copying. */
export function transferablesOf(batch: EncodedBatch): ArrayBuffer[] {
  return [batch.rows, batch.codes, batch.keyLengths].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

export class BatchDecoder {
  private readonly values: string[] = [];

  decode(batch: EncodedBatch): ParsedResponse[] {
    for (const value of batch.newValues) this.values.push(value);
    const { values } = this;
    const value = (code: number) => values[code] as string;
    const { count, keys, keyLengths, closed } = batch;
    const width = count > 0 ? closed.length / count : 0;
    const responses = new Array<ParsedResponse>(count);
    let keyStart = 0;
    for (let index = 0; index < count; index += 1) {
      const base = index * CODES_PER_RESPONSE;
      const date = batch.codes[base] as number;
      const keyLength = keyLengths[index] as number;
      let key: string | null = null;
      if (keyLength >= 0) {
        key = keys.slice(keyStart, keyStart + keyLength);
        keyStart += keyLength;
      }
      responses[index] = {
        row: batch.rows[index] as number,
        key,
        submittedAt: date === NO_DATE ? null : value(date),
        quarter: value(batch.codes[base + 1] as number),
        channel: value(batch.codes[base + 2] as number),
        segment: value(batch.codes[base + 3] as number),
        language: value(batch.codes[base + 4] as number),
        closed: closed.slice(index * width, (index + 1) * width),
        multi: batch.multi ? (batch.multi[index] ?? null) : null,
        texts: batch.texts ? (batch.texts[index] ?? null) : null,
      };
    }
    return responses;
  }
}
