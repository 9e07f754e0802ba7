import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
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

const fillers = (count: number, answer = '4') =>
  Array.from({ length: count }, (_unused, index) => row(`filler-${index}`, answer));

async function importRows(rows: string[][]) {
  const file = fixture.csv('responses.csv', [HEADER, ...rows]);
  return fixture.test.call('responses.import', { surveyId: fixture.surveyId, file });
}

describe('importing responses: rejection rules', () => {
  it(
    'rejects each invalid row whole, naming its row, column and rule, and keeps the ' +
      'valid ones',
    async () => {
      await fixture.test.call('segments.create', { code: 'SENIORS', name: 'Seniors' });

      const report = await importRows([
        row('ok-1'),
        row('bad-range', '4', { trust: '6' }),
        row('bad-label', '4', { ease: 'Maybe' }),
        row('bad-date', '4', { submitted_at: '2026-02-30' }),
        row('bad-channel', '4', { channel: 'fax' }),
        row('bad-segment', '4', { segment: 'NOPE' }),
        row('bad-language', '4', { language: 'fr' }),
        row('no-answer', ''),
        row('ok-2', '5', { segment: 'seniors', channel: 'In person' }),
      ]);

      expect(report.imported).toBe(2);
      expect(report.rejectedTotal).toBe(7);
      expect(report.rejected).toEqual([
        {
          row: 3,
          column: 'trust',
          reason: '\u201c6\u201d is not a number from 1 to 5 or its label',
        },
        {
          row: 4,
          column: 'ease',
          reason: '\u201cMaybe\u201d is not a number from 1 to 5 or its label',
        },
        {
          row: 5,
          column: 'submitted_at',
          reason:
            '\u201c2026-02-30\u201d is not a date; write YYYY-MM-DD, an ISO date-time or M/D/YYYY',
        },
        {
          row: 6,
          column: 'channel',
          reason:
            '\u201cfax\u201d is not one of in-person, phone, web, mail, email, chat, other',
        },
        {
          row: 7,
          column: 'segment',
          reason: '\u201cNOPE\u201d is not a segment code of this workspace',
        },
        { row: 8, column: 'language', reason: '\u201cfr\u201d is not one of en, es' },
        { row: 9, column: '', reason: 'the row answers no question' },
      ]);
    },
  );

  it('accepts labels in any language of the instrument, case- and accent-insensitively', async () => {
    const report = await importRows([
      row('labels-1', '4', {
        satisfaction: 'strongly AGREE',
        trust: 'totalmente de acuerdo',
        ease: 'Ni de acuerdo ni en desacuerdo',
      }),
      row('labels-2', '2', { language: 'Español', equity: 'EN DESACUERDO' }),
      ...fillers(3, '3'),
    ]);

    expect(report).toMatchObject({ imported: 5, rejectedTotal: 0 });
    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });
    const trust = result.questions.find((question) => question.code === 'trust');
    expect(trust?.counts).toEqual({ '1': 0, '2': 1, '3': 3, '4': 0, '5': 1 });
  });

  it('reads ISO dates, ISO date-times and M/D/YYYY, and counts each in its quarter', async () => {
    const report = await importRows([
      row('d-1', '4', { submitted_at: '2026-03-31' }),
      row('d-2', '4', { submitted_at: '2026-04-01T08:30:00-07:00' }),
      row('d-3', '4', { submitted_at: '4/15/2026' }),
      row('d-4', '4', { submitted_at: '13/1/2026' }),
    ]);

    expect(report.imported).toBe(3);
    expect(report.rejected).toEqual([
      expect.objectContaining({ row: 5, column: 'submitted_at' }) as unknown,
    ]);
  });

  it('treats a blank cell as not answered', async () => {
    const report = await importRows([
      row('partial', '5', { trust: '', ease: '  ' }),
      ...fillers(5),
    ]);

    expect(report.imported).toBe(6);
    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });
    expect(result.questions.find((question) => question.code === 'trust')?.n).toBe(5);
    expect(result.questions.find((question) => question.code === 'satisfaction')?.n).toBe(
      6,
    );
  });

  it('rejects a row with a blank answer to a required question', async () => {
    const detail = await fixture.test.call('surveys.get', { id: fixture.surveyId });
    const questions = detail.questions.map((question) =>
      question.code === 'ease' ? { ...question, required: true } : question,
    );
    await fixture.test.call('surveys.updateQuestions', {
      id: fixture.surveyId,
      questions,
    });

    const report = await importRows([row('r-1', '4', { ease: '' }), row('r-2')]);

    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      { row: 2, column: 'ease', reason: 'this question is required but is not answered' },
    ]);
  });

  it('reports a row with cells past the last column instead of guessing', async () => {
    const file = fixture.csv('ragged.csv', [
      HEADER,
      row('x-1'),
      [...row('x-2'), 'stray'],
    ]);

    const report = await fixture.test.call('responses.import', {
      surveyId: fixture.surveyId,
      file,
    });

    expect(report.imported).toBe(1);
    expect(report.rejected[0]).toMatchObject({ row: 3, column: '' });
  });

  it(
    'refuses a file with a column that is neither a question nor a known column, ' +
      'writing nothing',
    async () => {
      const file = fixture.csv('typo.csv', [
        ['response_id', 'satisfation'],
        ['a', '4'],
      ]);

      const error = await fixture.test
        .call('responses.import', { surveyId: fixture.surveyId, file })
        .catch((caught: unknown) => caught);

      expect(error).toMatchObject({ code: 'E_IMPORT_FORMAT' });
      expect((error as Error).message).toMatch(
        /^typo\.csv, row 1, column .satisfation.: is not a question code/,
      );
      expect(rawCount(fixture, 'survey_response_batches')).toBe(0);
    },
  );

  it('lists at most a thousand rejected rows but counts them all', async () => {
    const rows = Array.from({ length: 1205 }, (_unused, index) =>
      row(`bad-${index}`, '9'),
    );

    const report = await importRows(rows);

    expect(report.rejected).toHaveLength(1000);
    expect(report.rejectedTotal).toBe(1205);
    expect(await responseCount(fixture)).toBe(0);
  });
});
