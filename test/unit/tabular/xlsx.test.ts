import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { makeTempDir } from '../../support/temp';
import { readAll } from './helpers';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('pcf-xlsx-');
});
afterEach(() => temp.cleanup());

async function writeWorkbook(
  name: string,
  fill: (sheet: ExcelJS.Worksheet) => void,
  date1904 = false,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  if (date1904) workbook.properties.date1904 = true;
  fill(workbook.addWorksheet('Responses'));
  const path = temp.path(name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('XLSX reading', () => {
  it('turns every kind of cell into the text a spreadsheet shows', async () => {
    const path = await writeWorkbook('kinds.xlsx', (sheet) => {
      sheet.addRow(['text', 'number', 'noise', 'rich', 'formula', 'link', 'flag']);
      sheet.addRow([
        '0012',
        4,
        0.1 + 0.2,
        { richText: [{ text: 'Very ' }, { font: { bold: true }, text: 'good' }] },
        { formula: '2+3', result: 5 },
        { text: 'our site', hyperlink: 'https://example.org' },
        true,
      ]);
    });

    const result = await readAll(path);

    expect(result.headers).toEqual([
      'text',
      'number',
      'noise',
      'rich',
      'formula',
      'link',
      'flag',
    ]);
    expect(result.rows).toEqual([
      ['0012', '4', '0.3', 'Very good', '5', 'our site', 'TRUE'],
    ]);
    expect(result.numbers).toEqual([2]);
  });

  it('reads date cells as ISO dates, with and without a time of day', async () => {
    const path = await writeWorkbook('dates.xlsx', (sheet) => {
      sheet.addRow(['submitted_at', 'later']);
      sheet.addRow([
        new Date(Date.UTC(2026, 0, 2)),
        new Date(Date.UTC(2026, 2, 4, 13, 5, 9)),
      ]);
      sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
      sheet.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
    });

    const result = await readAll(path);

    expect(result.rows).toEqual([['2026-01-02', '2026-03-04T13:05:09']]);
  });

  it('honours a workbook that counts dates from 1904', async () => {
    const path = await writeWorkbook(
      'epoch.xlsx',
      (sheet) => {
        sheet.addRow(['submitted_at']);
        sheet.addRow([new Date(Date.UTC(2024, 0, 2))]);
        sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
      },
      true,
    );

    const result = await readAll(path);

    expect(result.rows).toEqual([['2024-01-02']]);
  });

  it('keeps sheet row numbers when rows are missing', async () => {
    const path = await writeWorkbook('gaps.xlsx', (sheet) => {
      sheet.getCell('A1').value = 'code';
      sheet.getCell('A2').value = 'first';
      sheet.getCell('A5').value = 'fifth';
    });

    const result = await readAll(path);

    expect(result.numbers).toEqual([2, 5]);
  });

  it('refuses a sheet whose row 1 is empty', async () => {
    const path = await writeWorkbook('late.xlsx', (sheet) => {
      sheet.getCell('A3').value = 'code';
    });

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/late\.xlsx: row 1 is empty/);
  });

  it('refuses duplicate headers in a workbook', async () => {
    const path = await writeWorkbook('dup.xlsx', (sheet) => {
      sheet.addRow(['ease', 'ease']);
    });

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(
      /dup\.xlsx, row 1, column .ease.: this header appears twice/,
    );
  });

  it('rejects a workbook over the row limit', async () => {
    const path = await writeWorkbook('rows.xlsx', (sheet) => {
      sheet.addRow(['n']);
      for (let index = 0; index < 10; index += 1) sheet.addRow([index]);
    });

    const error = await refusal(readAll(path, { maxRows: 5 }));

    expect(error.message).toMatch(/rows\.xlsx: has more than 5 data rows/);
  });

  it('refuses a file that is not a zip, naming it', async () => {
    const path = temp.path('fake.xlsx');
    writeFileSync(path, 'this is not a workbook');

    const error = await refusal(readAll(path));

    expect(error.message).toBe('fake.xlsx: is not an Excel workbook (.xlsx)');
  });

  it('refuses an old .xls workbook renamed .xlsx', async () => {
    const path = temp.path('old.xlsx');
    writeFileSync(
      path,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/old\.xlsx: is an older Excel \.xls workbook/);
  });

  it('refuses a workbook whose entries would inflate past the limit, before exceljs reads it', async () => {
    const path = await writeWorkbook('bomb.xlsx', (sheet) => {
      sheet.addRow(['n']);
      sheet.addRow([1]);
    });

    const error = await refusal(readAll(path, { maxInflatedBytes: 100 }));

    expect(error.message).toMatch(
      /bomb\.xlsx: would inflate to \d+ bytes, over the limit of 100/,
    );
  });

  it('refuses a zip entry with an absurd compression ratio', async () => {
    const path = temp.path('ratio.xlsx');
    writeFileSync(
      path,
      singleEntryZip('xl/worksheets/sheet1.xml', Buffer.alloc(5_000_000, 0x20)),
    );

    const error = await refusal(readAll(path));

    expect(error.message).toMatch(/ratio\.xlsx: has an entry that inflates \d+ times/);
  });

  it('refuses a workbook damaged part-way', async () => {
    const good = await writeWorkbook('cut.xlsx', (sheet) => {
      sheet.addRow(['n']);
      sheet.addRow([1]);
    });
    const bytes = readFileSync(good);
    writeFileSync(good, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const error = await refusal(readAll(good));

    expect(error.code).toBe('E_IMPORT_FORMAT');
    expect(error.message).toMatch(/^cut\.xlsx: /);
  });
});

/** A minimal one-entry zip, enough to exercise the directory checks. */
function singleEntryZip(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryOffset = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}
