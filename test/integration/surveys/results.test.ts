import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerSurvey, HEADER, row, type SurveyFixture } from './helpers';

let fixture: SurveyFixture;
beforeEach(async () => {
  fixture = await customerSurvey();
});
afterEach(() => fixture.cleanup());

async function importRows(rows: string[][], name = 'responses.csv') {
  const file = fixture.csv(name, [HEADER, ...rows]);
  return fixture.test.call('responses.import', { surveyId: fixture.surveyId, file });
}

/** Ten web responses answering satisfaction 1, 2, 3, 4, 4, 4, 5, 5, 5, 5. */
const TEN = ['1', '2', '3', '4', '4', '4', '5', '5', '5', '5'].map((answer, index) =>
  row(`w-${index}`, answer),
);

describe('compiled results', () => {
  // Mean 38 / 10 = 3.8; top two 7 of 10, centre 0.644492, half-width 0.247719.
  it('gives n, mean, counts and the top-two-box share with its Wilson interval', async () => {
    await importRows(TEN);

    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });
    const satisfaction = result.questions.find(
      (question) => question.code === 'satisfaction',
    );

    expect(result.responses).toBe(10);
    expect(satisfaction).toMatchObject({
      n: 10,
      counts: { '1': 1, '2': 1, '3': 1, '4': 3, '5': 4 },
      suppressed: false,
    });
    expect(satisfaction?.mean).toBeCloseTo(3.8, 10);
    expect(satisfaction?.top2).toBeCloseTo(0.7, 10);
    expect(satisfaction?.top2Low).toBeCloseTo(0.396773, 5);
    expect(satisfaction?.top2High).toBeCloseTo(0.892211, 5);
  });

  it('suppresses a channel with fewer than five responses and the next smallest with it', async () => {
    const phone = [0, 1, 2].map((index) => row(`p-${index}`, '5', { channel: 'phone' }));
    const mail = [0, 1, 2, 3, 4, 5].map((index) =>
      row(`m-${index}`, '3', { channel: 'mail' }),
    );
    await importRows([...TEN, ...phone, ...mail]);

    const result = await fixture.test.call('surveys.compile', {
      id: fixture.surveyId,
      by: 'channel',
    });
    const byValue = Object.fromEntries(
      (result.groups ?? []).map((group) => [group.value, group]),
    );

    expect(byValue.phone).toMatchObject({
      suppressed: true,
      responses: null,
      questions: [],
    });
    expect(byValue.mail).toMatchObject({ suppressed: true, responses: null });
    expect(byValue.web).toMatchObject({ suppressed: false, responses: 10, label: 'Web' });
  });

  it('never shows an employee group under ten, and honours a raised threshold', async () => {
    await fixture.test.call('surveys.update', {
      id: fixture.surveyId,
      title: 'Customer survey',
      period: '2026-Q1',
      minCellSize: 20,
    });
    await importRows(TEN);

    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });

    expect(result.minCellSize).toBe(20);
    expect(result.suppressed).toBe(true);
    expect(
      result.questions.every((question) => question.suppressed && question.n === null),
    ).toBe(true);
  });

  it('refuses to lower the threshold below the audience default', async () => {
    const error = await fixture.test
      .call('surveys.update', {
        id: fixture.surveyId,
        title: 'x',
        period: '2026-Q1',
        minCellSize: 3,
      })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'E_INPUT' });
  });

  it('gives the response rate when the number offered is known', async () => {
    await fixture.test.call('surveys.update', {
      id: fixture.surveyId,
      title: 'Customer survey',
      period: '2026-Q1',
      offered: 40,
    });
    await importRows(TEN);

    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });

    expect(result.responseRate).toBe(0.25);
  });

  it('breaks results down by quarter and says whether a change beats its margin of error', async () => {
    const q1 = Array.from({ length: 40 }, (_unused, index) =>
      row(`a-${index}`, index < 20 ? '5' : '2'),
    );
    const q2 = Array.from({ length: 40 }, (_unused, index) =>
      row(`b-${index}`, index < 36 ? '5' : '2', { submitted_at: '2026-05-01' }),
    );
    await importRows([...q1, ...q2]);

    const result = await fixture.test.call('surveys.compile', {
      id: fixture.surveyId,
      by: 'period',
    });
    const [first, second] = result.groups ?? [];

    expect(first?.value).toBe('2026-Q1');
    expect(second?.value).toBe('2026-Q2');
    const change = second?.questions[0]?.change;
    // 0.5 → 0.9: variance 0.25/40 + 0.09/40 = 0.0085, margin 1.96·0.0922 = 0.1807.
    expect(change?.delta).toBeCloseTo(0.4, 10);
    expect(change?.marginOfError).toBeCloseTo(0.180706, 5);
    expect(change?.significant).toBe(true);
  });

  it('compiles from the tallies without reading the responses', async () => {
    await importRows(TEN);
    const sqlite = fixture.test.backend.session.require().sqlite;
    sqlite.exec("update survey_responses set closed_answers = '1111111'");

    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });

    expect(result.questions[0]?.counts?.['5']).toBe(4);
  });
});

describe('survey versions', () => {
  it('edits the wording in place before any response, and makes a new version after', async () => {
    const detail = await fixture.test.call('surveys.get', { id: fixture.surveyId });
    const reword = (text: string) =>
      detail.questions.map((question) =>
        question.code === 'ease'
          ? { ...question, text: { en: text, es: 'Fue sencillo.' } }
          : question,
      );

    const before = await fixture.test.call('surveys.updateQuestions', {
      id: fixture.surveyId,
      questions: reword('It was simple.'),
    });
    await importRows(TEN);
    const after = await fixture.test.call('surveys.updateQuestions', {
      id: fixture.surveyId,
      questions: reword('Getting what I needed was simple.'),
    });

    expect(before.version).toBe(1);
    expect(after.version).toBe(2);
    expect(after.versions.map((version) => version.responses)).toEqual([10, 0]);
  });

  it('warns when results combine different wordings of a question', async () => {
    await importRows(TEN);
    const detail = await fixture.test.call('surveys.get', { id: fixture.surveyId });
    await fixture.test.call('surveys.updateQuestions', {
      id: fixture.surveyId,
      questions: detail.questions.map((question) =>
        question.code === 'ease'
          ? { ...question, text: { en: 'Reworded.', es: 'Otra redacción.' } }
          : question,
      ),
    });
    await importRows([row('v2-1'), row('v2-2')], 'second.csv');

    const result = await fixture.test.call('surveys.compile', { id: fixture.surveyId });
    const ease = result.questions.find((question) => question.code === 'ease');

    expect(ease).toMatchObject({ n: 12, wordingChanged: true });
    expect(result.warnings.join(' ')).toMatch(/ease was worded differently/);
    expect(
      result.questions.find((question) => question.code === 'trust')?.wordingChanged,
    ).toBe(false);
  });

  it('clones a survey for the next quarter and compares with the quarter it came from', async () => {
    await importRows(
      Array.from({ length: 20 }, (_unused, index) => row(`c-${index}`, '3')),
    );

    const copy = await fixture.test.call('surveys.clone', { id: fixture.surveyId });
    const file = fixture.csv('q2.csv', [
      HEADER,
      ...Array.from({ length: 20 }, (_unused, index) =>
        row(`n-${index}`, '5', { submitted_at: '2026-04-10' }),
      ),
    ]);
    await fixture.test.call('responses.import', { surveyId: copy.id, file });
    const result = await fixture.test.call('surveys.compile', { id: copy.id });

    expect(copy).toMatchObject({
      period: '2026-Q2',
      title: 'Customer survey 2026-Q2',
      clonedFrom: fixture.surveyId,
    });
    expect(result.responses).toBe(20);
    expect(result.questions[0]?.change).toMatchObject({
      previous: '2026-Q1',
      delta: 1,
      significant: true,
    });
  });
});

describe('paper entry and free text', () => {
  const form = (answer: string, extra: Record<string, string> = {}) => ({
    channel: 'mail' as const,
    language: 'es' as const,
    answers: { satisfaction: answer, trust: answer, comment: '', ...extra },
  });

  it('stores typed forms through the same checks as an import, form N as row N', async () => {
    const report = await fixture.test.call('responses.enter', {
      surveyId: fixture.surveyId,
      responses: [form('5'), form('7'), form('4', { comment: 'Muy amable el personal' })],
    });

    expect(report).toMatchObject({ imported: 2, duplicates: 0, rejectedTotal: 1 });
    expect(report.rejected[0]).toMatchObject({ row: 2, column: 'satisfaction' });
  });

  it('counts a form typed twice with the same form number as a duplicate', async () => {
    const numbered = { ...form('5'), formNumber: '0042' };

    await fixture.test.call('responses.enter', {
      surveyId: fixture.surveyId,
      responses: [numbered],
    });
    const again = await fixture.test.call('responses.enter', {
      surveyId: fixture.surveyId,
      responses: [numbered],
    });

    expect(again).toMatchObject({ imported: 0, duplicates: 1 });
  });

  it('lists free text, searches it, finds frequent words and marks answers for the plan', async () => {
    await importRows([
      row('t-1', '4', { comment: 'The wait was too long' }),
      row('t-2', '4', { comment: 'Long wait, friendly staff' }),
      row('t-3', '4', { comment: 'Friendly and quick: 100% better' }),
    ]);

    const all = await fixture.test.call('responses.textAnswers', {
      surveyId: fixture.surveyId,
    });
    const searched = await fixture.test.call('responses.textAnswers', {
      surveyId: fixture.surveyId,
      search: '100%',
    });
    const marked = await fixture.test.call('responses.markForPlan', {
      id: all.items[0]?.id ?? 0,
      forPlan: true,
    });
    const planned = await fixture.test.call('responses.textAnswers', {
      surveyId: fixture.surveyId,
      onlyForPlan: true,
    });

    expect(all.total).toBe(3);
    expect(all.topWords.slice(0, 3).map((entry) => entry.word)).toEqual([
      'friendly',
      'long',
      'wait',
    ]);
    expect(searched.items.map((item) => item.responseKey)).toEqual(['t-3']);
    expect(marked.forPlan).toBe(true);
    expect(planned.items.map((item) => item.id)).toEqual([marked.id]);
  });

  it('prints a paper form in Spanish with the scale labels and no scripts', async () => {
    const form = await fixture.test.call('surveys.paperForm', {
      id: fixture.surveyId,
      language: 'es',
    });

    expect(form.html).toContain('<html lang="es">');
    expect(form.html).toContain('Totalmente de acuerdo');
    expect(form.html).toContain('Fue fácil obtener lo que necesitaba.');
    expect(form.html).not.toMatch(/<script/i);
  });
});
