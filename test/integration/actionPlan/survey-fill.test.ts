import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedService, seedStandard } from '../../support/actionPlan';
import { customerSurvey, HEADER, row, type SurveyFixture } from '../surveys/helpers';

let fixture: SurveyFixture;
beforeEach(async () => {
  fixture = await customerSurvey();
});
afterEach(() => fixture.cleanup());

/** Ten first-quarter answers (seven of them 4 or 5) and three in the second quarter. */
async function importResponses() {
  const first = ['1', '2', '3', '4', '4', '4', '5', '5', '5', '5'].map((answer, index) =>
    row(`q1-${index}`, answer),
  );
  const second = ['5', '5', '1'].map((answer, index) =>
    row(`q2-${index}`, answer, { submitted_at: '2026-05-04' }),
  );
  const file = fixture.csv('responses.csv', [HEADER, ...first, ...second]);
  await fixture.test.call('responses.import', { surveyId: fixture.surveyId, file });
}

async function satisfactionStandard(
  overrides: { periodKind?: 'month' | 'quarter' } = {},
) {
  const service = await seedService(fixture.test);
  return seedStandard(fixture.test, service.id, {
    code: 'SATISFIED',
    channel: null,
    measure: 'satisfaction',
    unit: 'percent',
    comparator: 'at-least',
    target: 80,
    periodKind: 'quarter',
    dataSource: 'survey',
    sourceReference: 'satisfaction',
    wording: 'Four in five customers are satisfied.',
    ...overrides,
  });
}

async function measurements(standardId: number) {
  return (await fixture.test.call('measurements.list', { standardId })).items;
}

describe('filling a standard from survey results', () => {
  it('records the top-two-box share per quarter and skips a suppressed quarter', async () => {
    await importResponses();
    const standard = await satisfactionStandard();

    const outcome = await fixture.test.call('measurements.fillFromSurveys', {
      standardId: standard.id,
    });

    expect(outcome.filled).toBe(1);
    expect(outcome.skipped).toEqual([
      { period: '2026-Q2', reason: expect.stringContaining('fewer than 5 answers') },
    ]);
    const items = await measurements(standard.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      period: '2026-Q1',
      value: 70,
      n: 10,
      source: 'survey',
      met: false,
    });
    expect(items[0]?.note).toContain('Customer survey 2026-Q1');
  });

  it('adds nothing new when run again', async () => {
    await importResponses();
    const standard = await satisfactionStandard();
    await fixture.test.call('measurements.fillFromSurveys', { standardId: standard.id });

    const again = await fixture.test.call('measurements.fillFromSurveys', {
      standardId: standard.id,
    });

    expect(again.filled).toBe(1);
    expect(await measurements(standard.id)).toHaveLength(1);
  });

  it('adds up a quarter across every survey that asks the question', async () => {
    await importResponses();
    const second = await fixture.test.call('surveys.create', {
      template: 'customer',
      title: 'Counter survey 2026-Q2',
      period: '2026-Q2',
    });
    const rows = ['4', '2', '5'].map((answer, index) =>
      row(`c-${index}`, answer, { submitted_at: '2026-06-01' }),
    );
    const file = fixture.csv('counter.csv', [HEADER, ...rows]);
    await fixture.test.call('responses.import', { surveyId: second.id, file });
    const standard = await satisfactionStandard();

    const outcome = await fixture.test.call('measurements.fillFromSurveys', {
      standardId: standard.id,
    });

    expect(outcome).toEqual({ filled: 2, skipped: [] });
    const quarter = (await measurements(standard.id)).find(
      (item) => item.period === '2026-Q2',
    );
    expect(quarter).toMatchObject({ value: 66.67, n: 6 });
    expect(quarter?.note).toContain('Counter survey 2026-Q2');
    expect(quarter?.note).toContain('Customer survey 2026-Q1');
  });

  it('refuses a question code no survey asks', async () => {
    const service = await seedService(fixture.test);
    const standard = await seedStandard(fixture.test, service.id, {
      code: 'WAIT',
      measure: 'other',
      unit: 'percent',
      comparator: 'at-least',
      target: 50,
      periodKind: 'quarter',
      dataSource: 'survey',
      sourceReference: 'no_such_question',
    });

    await expect(
      fixture.test.call('measurements.fillFromSurveys', { standardId: standard.id }),
    ).rejects.toMatchObject({
      code: 'E_CONFLICT',
      message: expect.stringContaining('No survey in this workspace asks'),
    });
  });

  it('keeps a value entered by hand for the same quarter', async () => {
    await importResponses();
    const standard = await satisfactionStandard();
    await fixture.test.call('measurements.save', {
      standardId: standard.id,
      period: '2026-Q1',
      value: 91,
      source: 'Counter cards',
    });

    const outcome = await fixture.test.call('measurements.fillFromSurveys', {
      standardId: standard.id,
    });

    expect(outcome.filled).toBe(0);
    expect(outcome.skipped.map((skip) => skip.period)).toEqual(['2026-Q1', '2026-Q2']);
    expect((await measurements(standard.id))[0]).toMatchObject({ value: 91 });
  });

  it('refuses a standard measured by month', async () => {
    await importResponses();
    const standard = await satisfactionStandard({ periodKind: 'month' });

    await expect(
      fixture.test.call('measurements.fillFromSurveys', { standardId: standard.id }),
    ).rejects.toMatchObject({
      code: 'E_CONFLICT',
      message: expect.stringContaining('by month'),
    });
  });

  it('refuses a free-text question', async () => {
    const service = await seedService(fixture.test);
    const standard = await seedStandard(fixture.test, service.id, {
      code: 'COMMENTS',
      measure: 'other',
      unit: 'percent',
      comparator: 'at-least',
      target: 50,
      periodKind: 'quarter',
      dataSource: 'survey',
      sourceReference: 'comment',
    });

    await expect(
      fixture.test.call('measurements.fillFromSurveys', { standardId: standard.id }),
    ).rejects.toMatchObject({
      code: 'E_CONFLICT',
      message: expect.stringContaining('comment in the survey'),
    });
  });
});
