import { describe, expect, it } from 'vitest';
import {
  BatchDecoder,
  BatchEncoder,
  transferablesOf,
} from '../../../electron/backend/surveys/batchCodec';
import type { ParsedResponse } from '../../../electron/backend/surveys/rowReader';

function response(overrides: Partial<ParsedResponse>): ParsedResponse {
  return {
    row: 2,
    key: 'R1',
    submittedAt: '2026-01-08',
    quarter: '2026-Q1',
    channel: 'phone',
    segment: '',
    language: 'en',
    closed: '54-',
    multi: null,
    texts: null,
    ...overrides,
  };
}

/** What the receiving thread gets: a structured clone, with the buffers handed over. */
function overTheWire<T>(value: T, transfer: ArrayBuffer[]): T {
  return structuredClone(value, { transfer });
}

describe('checked responses crossing between threads', () => {
  it('arrive as they were sent, batch after batch', () => {
    const first = [
      response({ row: 2 }),
      response({ row: 3, key: null, submittedAt: null, channel: '', closed: '1--' }),
      response({
        row: 5,
        key: 'a much longer response key, well past a dozen characters',
      }),
    ];
    const second = [
      response({ row: 6, key: 'R9', quarter: '2026-Q2', segment: 'SMALL-BIZ' }),
      response({ row: 7, key: '', language: 'es' }),
    ];
    const encoder = new BatchEncoder();
    const decoder = new BatchDecoder();

    const received = [first, second].map((batch) => {
      const encoded = encoder.encode(batch);
      return decoder.decode(overTheWire(encoded, transferablesOf(encoded)));
    });

    expect(received).toEqual([first, second]);
  });

  it('carry multiple-choice and free-text answers when the version has them', () => {
    const batch = [
      response({ multi: [[1, 3], []], texts: ['Quick and kind', ''] }),
      response({ row: 3, key: 'R2', multi: [[], [2]], texts: ['', 'Parking was hard'] }),
    ];
    const encoded = new BatchEncoder().encode(batch);

    expect(
      new BatchDecoder().decode(overTheWire(encoded, transferablesOf(encoded))),
    ).toEqual(batch);
  });

  it('send each distinct date, quarter, channel, segment and language once', () => {
    const encoder = new BatchEncoder();
    const batch = Array.from({ length: 100 }, (_unused, index) =>
      response({ row: index + 2, key: `R${index}` }),
    );

    expect(encoder.encode(batch).newValues).toEqual([
      '2026-01-08',
      '2026-Q1',
      'phone',
      '',
      'en',
    ]);
    expect(encoder.encode(batch).newValues).toEqual([]);
  });

  it('encode an empty batch', () => {
    const encoded = new BatchEncoder().encode([]);

    expect(new BatchDecoder().decode(encoded)).toEqual([]);
  });
});
