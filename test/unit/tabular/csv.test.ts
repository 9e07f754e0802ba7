import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { makeTempDir } from '../../support/temp';
import { readAll, utf16, writeBytes } from './helpers';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('pcf-tabular-');
});
afterEach(() => temp.cleanup());

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('CSV reading', () => {
  it('keeps every cell as the exact string, with no number or date coercion', async () => {
    const path = writeBytes(
      temp.path('a.csv'),
      'id,zip,when,n\n0012,01234,2024-01-02, \n',
    );

    const result = await readAll(path);

    expect(result.headers).toEqual(['id', 'zip', 'when', 'n']);
    expect(result.rows).toEqual([['0012', '01234', '2024-01-02', ' ']]);
    expect(result.numbers).toEqual([2]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', async () => {
    const path = writeBytes(
      temp.path('q.csv'),
      'code,comment\r\n1,"slow, but ""fine"""\r\n2,"line one\r\nline two"\r\n3,plain\r\n',
    );

    const result = await readAll(path);

    expect(result.rows).toEqual([
      ['1', 'slow, but "fine"'],
      ['2', 'line one\r\nline two'],
      ['3', 'plain'],
    ]);
    expect(result.numbers).toEqual([2, 3, 4]);
  });

  it('reads LF and CRLF files alike', async () => {
    const lf = writeBytes(temp.path('lf.csv'), 'a,b\n1,2\n3,4');
    const crlf = writeBytes(temp.path('crlf.csv'), 'a,b\r\n1,2\r\n3,4\r\n');

    expect((await readAll(lf)).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect((await readAll(crlf)).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads UTF-8 with and without a byte order mark', async () => {
    const bom = writeBytes(
      temp.path('bom.csv'),
      [0xef, 0xbb, 0xbf],
      'idioma,nota\nespañol,sí\n',
    );
    const plain = writeBytes(temp.path('plain.csv'), 'idioma,nota\nespañol,sí\n');

    expect(await readAll(bom)).toMatchObject({
      headers: ['idioma', 'nota'],
      rows: [['español', 'sí']],
    });
    expect(await readAll(plain)).toMatchObject({
      headers: ['idioma', 'nota'],
      rows: [['español', 'sí']],
    });
  });

  it('reads UTF-16 little- and big-endian files with a byte order mark', async () => {
    const text = 'idioma,nota\r\nespañol,"sí, claro"\r\n';
    const little = writeBytes(temp.path('le.csv'), utf16(text, 'le'));
    const big = writeBytes(temp.path('be.csv'), utf16(text, 'be'));

    expect((await readAll(little)).rows).toEqual([['español', 'sí, claro']]);
    expect((await readAll(big)).rows).toEqual([['español', 'sí, claro']]);
  });

  it('refuses invalid UTF-8, naming the file', async () => {
    const path = writeBytes(
      temp.path('latin1.csv'),
      'a,b\n',
      [0x63, 0x61, 0x66, 0xe9],
      ',1\n',
    );

    const error = await refusal(readAll(path));

    expect(error.code).toBe('E_IMPORT_FORMAT');
    expect(error.message).toMatch(/^latin1\.csv: is not valid UTF-8 text/);
  });

  it('refuses UTF-16 without a byte order mark', async () => {
    const path = writeBytes(
      temp.path('nobom.csv'),
      Buffer.from('a,b\r\n1,2\r\n', 'utf16le'),
    );

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/nobom\.csv: .*UTF-16 text without a byte order mark/);
  });

  it('refuses NUL characters anywhere in the text', async () => {
    const path = writeBytes(temp.path('nul.csv'), 'a,b\n1,2\n3,', [0], '\n');

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/nul\.csv: contains NUL characters/);
  });

  it('refuses a quoted field that never closes, with its row', async () => {
    const path = writeBytes(temp.path('open.csv'), 'a,b\n1,2\n3,"never closed\n');

    const error = await refusal(readAll(path));

    expect(error.message).toBe('open.csv, row 3: a quoted field is never closed');
  });

  it('refuses duplicate headers, case-insensitively', async () => {
    const path = writeBytes(temp.path('dup.csv'), 'ease,Ease\n1,2\n');

    const error = await refusal(readAll(path));

    expect(error.message).toBe(
      'dup.csv, row 1, column \u201cEase\u201d: this header appears twice',
    );
  });

  it('refuses an empty header between named ones', async () => {
    const path = writeBytes(temp.path('gap.csv'), 'ease,,trust\n1,2,3\n');

    const error = await refusal(readAll(path));

    expect(error.message).toBe('gap.csv, row 1: column 2 has an empty header');
  });

  it('refuses a file with no header row', async () => {
    const path = writeBytes(temp.path('empty.csv'), '');

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/empty\.csv: has no header row/);
  });

  it('rejects a file over the row limit instead of truncating it', async () => {
    const path = writeBytes(temp.path('many.csv'), 'a\n1\n2\n3\n4\n');

    const error = await refusal(readAll(path, { maxRows: 3 }));

    expect(error.message).toMatch(/many\.csv: has more than 3 data rows/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = writeBytes(temp.path('big.csv'), 'a\n1234567890\n');

    const error = await refusal(readAll(path, { maxBytes: 5 }));

    expect(error.message).toMatch(/big\.csv: is 13 bytes, over the limit of 5/);
  });

  it('pads short rows, skips blank lines and reports rows with extra cells', async () => {
    const path = writeBytes(
      temp.path('ragged.csv'),
      'a,b,c\n1\n\n,,\n4,5,6,7\n8,9,10,,\n',
    );

    const result = await readAll(path);

    expect(result.rows).toEqual([
      ['1', '', ''],
      ['8', '9', '10'],
    ]);
    expect(result.numbers).toEqual([2, 6]);
    expect(result.malformed).toEqual([
      {
        row: 5,
        reason: expect.stringMatching(/has 4 cells but the header names 3/) as unknown,
      },
    ]);
  });

  it('refuses a file type it does not read', async () => {
    const path = writeBytes(temp.path('notes.txt'), 'a\n1\n');

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/notes\.txt: is neither a CSV/);
  });

  it('reads a file larger than one chunk with quoted fields across chunk boundaries', async () => {
    const lines = ['n,text'];
    for (let index = 0; index < 40_000; index += 1) {
      lines.push(`${index},"row ${index}, with ""quotes""\nand a break"`);
    }
    const path = writeBytes(temp.path('large.csv'), `${lines.join('\r\n')}\r\n`);

    const result = await readAll(path);

    expect(result.rows).toHaveLength(40_000);
    expect(result.rows[39_999]).toEqual([
      '39999',
      'row 39999, with "quotes"\nand a break',
    ]);
    expect(result.numbers[39_999]).toBe(40_001);
  });
});
