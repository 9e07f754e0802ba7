import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  csvText,
  customerSurvey,
  HEADER,
  rawCount,
  responseCount,
  row,
  type SurveyFixture,
} from './helpers';

let fixture: SurveyFixture;
beforeEach(async () => {
  fixture = await customerSurvey();
});
afterEach(() => fixture.cleanup());

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const little = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), little]);
  const big = Buffer.from(little);
  big.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), big]);
}

const importFile = (file: string) =>
  fixture.test.call('responses.import', { surveyId: fixture.surveyId, file });

const SPANISH = [
  HEADER,
  row('es-1', '4', { language: 'es', comment: 'Atención rápida, ¡gracias!' }),
];

describe('importing response files: encodings', () => {
  it('imports UTF-8 with a byte order mark and CRLF line breaks', async () => {
    const file = fixture.temp.path('bom.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(csvText(SPANISH, '\r\n')),
      ]),
    );

    const report = await importFile(file);

    expect(report).toMatchObject({ imported: 1, rejectedTotal: 0 });
  });

  it.each(['le', 'be'] as const)(
    'imports UTF-16 %s with a byte order mark',
    async (order) => {
      const file = fixture.temp.path(`utf16${order}.csv`);
      writeFileSync(file, utf16(csvText(SPANISH, '\r\n'), order));

      const report = await importFile(file);
      const texts = await fixture.test.call('responses.textAnswers', {
        surveyId: fixture.surveyId,
      });

      expect(report.imported).toBe(1);
      expect(texts.items[0]?.text).toBe('Atención rápida, ¡gracias!');
    },
  );

  it('refuses UTF-16 without a byte order mark and writes nothing', async () => {
    const file = fixture.temp.path('nobom.csv');
    writeFileSync(file, Buffer.from(csvText(SPANISH), 'utf16le'));

    const error = await importFile(file).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'E_IMPORT_FORMAT' });
    expect((error as Error).message).toMatch(/^nobom\.csv: .*without a byte order mark/);
    expect(rawCount(fixture, 'survey_response_batches')).toBe(0);
  });

  it('refuses a Latin-1 file rather than mangling its accents', async () => {
    const file = fixture.temp.path('latin1.csv');
    writeFileSync(file, Buffer.from(csvText(SPANISH), 'latin1'));

    const error = await importFile(file).catch((caught: unknown) => caught);

    expect((error as Error).message).toMatch(/^latin1\.csv: is not valid UTF-8 text/);
    expect(await responseCount(fixture)).toBe(0);
  });

  it('keeps quoted commas, quotes and line breaks in free text', async () => {
    const comment = 'Slow, but "fine"\nwould come back';
    const file = fixture.csv(
      'quoted.csv',
      [HEADER, row('q-1', '4', { comment })],
      '\r\n',
    );

    await importFile(file);
    const texts = await fixture.test.call('responses.textAnswers', {
      surveyId: fixture.surveyId,
    });

    expect(texts.items[0]?.text).toBe(comment);
  });

  it('imports an XLSX workbook with date cells and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Responses');
    sheet.addRow(['response_id', 'submitted_at', 'channel', 'satisfaction', 'trust']);
    for (let index = 0; index < 5; index += 1) {
      sheet.addRow([`x-${index}`, new Date(Date.UTC(2026, 3, 2 + index)), 'phone', 5, 4]);
    }
    sheet.getColumn(2).numFmt = 'm/d/yyyy';
    const file = fixture.temp.path('responses.xlsx');
    await workbook.xlsx.writeFile(file);

    const report = await importFile(file);
    const result = await fixture.test.call('surveys.compile', {
      id: fixture.surveyId,
      by: 'period',
    });

    expect(report).toMatchObject({ imported: 5, rejectedTotal: 0 });
    expect(result.groups?.map((group) => group.value)).toEqual(['2026-Q2']);
  });
});

describe('importing response files: duplicates', () => {
  const rows = [
    HEADER,
    ...Array.from({ length: 6 }, (_unused, index) => row(`d-${index}`)),
  ];

  it('adds nothing when the same file is imported twice', async () => {
    const file = fixture.csv('twice.csv', rows);

    const first = await importFile(file);
    const second = await importFile(file);

    expect(first).toMatchObject({ imported: 6, duplicates: 0 });
    expect(second).toMatchObject({ imported: 0, duplicates: 6 });
    expect(await responseCount(fixture)).toBe(6);
    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });
    expect(result.questions[0]?.n).toBe(6);
  });

  it('skips a response_id repeated inside one file and counts it as a duplicate', async () => {
    const file = fixture.csv('repeat.csv', [...rows, row('d-2', '1')]);

    const report = await importFile(file);

    expect(report).toMatchObject({ imported: 6, duplicates: 1 });
    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });
    expect(result.questions[0]?.counts?.['1']).toBe(0);
  });

  it(
    'generates ids for rows without one so a second import adds nothing, yet keeps ' +
      'identical rows',
    async () => {
      const anonymous = [HEADER, ...Array.from({ length: 6 }, () => row(''))];
      const file = fixture.csv('anonymous.csv', anonymous);

      const first = await importFile(file);
      const second = await importFile(file);

      expect(first).toMatchObject({ imported: 6, duplicates: 0 });
      expect(second).toMatchObject({ imported: 0, duplicates: 6 });
    },
  );

  it('skips ids already imported in an earlier file, amid new ones', async () => {
    await importFile(fixture.csv('first.csv', rows));
    const more = [
      HEADER,
      row('d-1'),
      row('new-1'),
      row('d-4'),
      row('new-2', '5', { comment: 'new text' }),
    ];

    const report = await importFile(fixture.csv('second.csv', more));

    expect(report).toMatchObject({ imported: 2, duplicates: 2 });
    expect(await responseCount(fixture)).toBe(8);
    expect(rawCount(fixture, 'survey_text_answers')).toBe(1);
  });
});

describe('importing response files: connection settings', () => {
  it('puts the page cache and automatic checkpoints back as they were after an import', async () => {
    const sqlite = fixture.test.backend.session.require().sqlite;
    const before = [
      sqlite.pragma('cache_size', { simple: true }),
      sqlite.pragma('wal_autocheckpoint', { simple: true }),
    ];

    await importFile(fixture.csv('one.csv', [HEADER, row('s-1')]));

    expect([
      sqlite.pragma('cache_size', { simple: true }),
      sqlite.pragma('wal_autocheckpoint', { simple: true }),
    ]).toEqual(before);
  });
});

describe('importing response files: cancelling', () => {
  it('writes nothing when the import is cancelled part-way', async () => {
    const many = [
      HEADER,
      ...Array.from({ length: 60_000 }, (_unused, index) => row(`c-${index}`)),
    ];
    const file = fixture.csv('big.csv', many);
    const jobId = 'cancel-test-1';
    const phases: string[] = [];
    const stop = fixture.test.backend.onEvent((event, payload) => {
      if (event !== 'progress') return;
      const progress = payload as { jobId: string; phase: string };
      phases.push(progress.phase);
      if (progress.jobId === jobId)
        void fixture.test.backend.call('jobs.cancel', { jobId });
    });

    const error = await fixture.test
      .call('responses.import', { surveyId: fixture.surveyId, file, jobId })
      .catch((caught: unknown) => caught);
    stop();

    expect(phases[0]).toBe('importing');
    expect(error).toMatchObject({ code: 'E_CANCELLED' });
    expect(rawCount(fixture, 'survey_responses')).toBe(0);
    expect(rawCount(fixture, 'survey_tallies')).toBe(0);
    expect(rawCount(fixture, 'survey_response_batches')).toBe(0);

    // The reader abandoned half way is ended; the next import gets a fresh one.
    const again = await fixture.test.call('responses.import', {
      surveyId: fixture.surveyId,
      file,
    });
    expect(again).toMatchObject({ imported: 60_000, rejectedTotal: 0 });
  });
});
