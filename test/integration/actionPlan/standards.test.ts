import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { seedService, seedStandard } from '../../support/actionPlan';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let test: TestBackend;

beforeEach(async () => {
  temp = makeTempDir();
  test = await createDepartmentWorkspace(temp.path('dmv.pcf'));
});
afterEach(() => {
  test.backend.shutdown();
  temp.cleanup();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

async function measure(standardId: number, values: [string, number][]) {
  for (const [period, value] of values) {
    await test.call('measurements.save', { standardId, period, value, n: 100 });
  }
}

describe('service standards', () => {
  it('refuse a unit that does not fit the measure', async () => {
    const service = await seedService(test);

    const error = await refusal(
      seedStandard(test, service.id, { measure: 'satisfaction', unit: 'minutes' }),
    );

    expect(error?.code).toBe('E_INPUT');
    expect(error?.message).toMatch(/unit: satisfaction is measured in percent/);
  });

  it('refuse a channel the service is not offered by', async () => {
    const service = await seedService(test);

    const error = await refusal(seedStandard(test, service.id, { channel: 'chat' }));

    expect(error?.message).toMatch(/not offered by chat/);
  });

  it('refuse publishing without public wording', async () => {
    const service = await seedService(test);

    const error = await refusal(seedStandard(test, service.id, { wording: '' }));

    expect(error?.message).toMatch(/public wording/);
  });
});

describe('measurements', () => {
  it('compute met and the difference, and correct a period in place', async () => {
    const service = await seedService(test);
    const standard = await seedStandard(test, service.id);

    const missed = await test.call('measurements.save', {
      standardId: standard.id,
      period: '2026-01',
      value: 4.5,
    });
    const corrected = await test.call('measurements.save', {
      standardId: standard.id,
      period: '2026-01',
      value: 2.5,
    });
    const page = await test.call('measurements.list', { standardId: standard.id });

    expect(missed).toMatchObject({ met: false, difference: 1.5 });
    expect(corrected).toMatchObject({ id: missed.id, met: true, difference: -0.5 });
    expect(page.total).toBe(1);
  });

  it('refuse a quarter for a monthly standard and a share over 100', async () => {
    const service = await seedService(test);
    const monthly = await seedStandard(test, service.id);
    const share = await seedStandard(test, service.id, {
      code: 'FCR',
      measure: 'first-contact-resolution',
      unit: 'percent',
      comparator: 'at-least',
      target: 80,
    });

    const quarter = await refusal(
      test.call('measurements.save', {
        standardId: monthly.id,
        period: '2026-Q1',
        value: 2,
      }),
    );
    const over = await refusal(
      test.call('measurements.save', {
        standardId: share.id,
        period: '2026-01',
        value: 101,
      }),
    );

    expect(quarter?.message).toMatch(/measured by month/);
    expect(over?.message).toMatch(/cannot be over 100/);
  });

  it('are paged newest first', async () => {
    const service = await seedService(test);
    const standard = await seedStandard(test, service.id);
    const months = Array.from({ length: 12 }, (_, index) =>
      String(index + 1).padStart(2, '0'),
    );
    await measure(
      standard.id,
      months.map((month, index) => [`2025-${month}`, index]),
    );

    const first = await test.call('measurements.list', {
      standardId: standard.id,
      limit: 5,
    });
    const last = await test.call('measurements.list', {
      standardId: standard.id,
      offset: 10,
      limit: 5,
    });

    expect(first.total).toBe(12);
    expect(first.items.map((item) => item.period)).toEqual([
      '2025-12',
      '2025-11',
      '2025-10',
      '2025-09',
      '2025-08',
    ]);
    expect(last.items.map((item) => item.period)).toEqual(['2025-02', '2025-01']);
  });
});

describe('the standards status', () => {
  it('shows each adopted standard with its latest value, adherence, trend and benchmark gap', async () => {
    const service = await seedService(test);
    const phone = await seedStandard(test, service.id);
    const web = await seedStandard(test, service.id, {
      code: 'WEB-SAT',
      channel: 'web',
      measure: 'satisfaction',
      unit: 'percent',
      comparator: 'at-least',
      target: 85,
      wording: 'At least 85% of online customers are satisfied.',
    });
    await seedStandard(test, service.id, { code: 'DRAFT-ONE', status: 'draft' });
    await measure(phone.id, [
      ['2026-01', 4],
      ['2026-02', 3.5],
      ['2026-03', 2.5],
    ]);
    await measure(web.id, [
      ['2026-01', 88],
      ['2026-02', 80],
    ]);
    await test.call('benchmarks.create', {
      code: 'BIB-ANSWER',
      name: 'Best call centres',
      kind: 'best-in-business',
      measure: 'answer-time',
      unit: 'minutes',
      value: 1,
      source: 'Industry survey',
      asOf: '2025-06-30',
    });

    const { standards } = await test.call('standards.status', {});

    expect(standards.map((row) => row.code)).toEqual(['PHONE-ANSWER', 'WEB-SAT']);
    expect(standards[0]).toMatchObject({
      latest: { period: '2026-03', value: 2.5, n: 100 },
      met: true,
      difference: -0.5,
      trend: { direction: 'improving', changeFromPrevious: -1 },
      benchmark: { code: 'BIB-ANSWER', value: 1 },
      gap: 1.5,
      standing: 'worse',
    });
    expect(standards[0]?.series.map((point) => point.met)).toEqual([false, false, true]);
    expect(standards[1]).toMatchObject({
      met: false,
      difference: -5,
      benchmark: null,
      gap: null,
    });
    expect(standards[1]?.trend.direction).toBe('worsening');
  });

  it('shows where standards stood at an earlier period and filters by channel', async () => {
    const service = await seedService(test);
    const phone = await seedStandard(test, service.id);
    await seedStandard(test, service.id, { code: 'WEB-ANSWER', channel: 'web' });
    await measure(phone.id, [
      ['2026-01', 4],
      ['2026-02', 2],
    ]);

    const { standards } = await test.call('standards.status', {
      period: '2026-01',
      channel: 'phone',
    });

    expect(standards).toHaveLength(1);
    expect(standards[0]).toMatchObject({
      latest: { period: '2026-01', value: 4 },
      met: false,
    });
  });

  it('gives null latest and met for an adopted standard with no measurements yet', async () => {
    const service = await seedService(test);
    await seedStandard(test, service.id);

    const { standards } = await test.call('standards.status', {});

    expect(standards[0]).toMatchObject({
      latest: null,
      met: null,
      gap: null,
      trend: { direction: 'insufficient' },
    });
  });
});

describe('pasting several measurements', () => {
  it('saves them all in one go, or none when one line is wrong', async () => {
    const service = await seedService(test);
    const standard = await seedStandard(test, service.id);

    const saved = await test.call('measurements.saveMany', {
      standardId: standard.id,
      measurements: [
        { period: '2026-01', value: 2 },
        { period: '2026-02', value: 3, n: 40 },
      ],
    });
    const refused = await refusal(
      test.call('measurements.saveMany', {
        standardId: standard.id,
        measurements: [
          { period: '2026-03', value: 1 },
          { period: '2026-Q2', value: 1 },
        ],
      }),
    );
    const page = await test.call('measurements.list', { standardId: standard.id });

    expect(saved).toEqual({ saved: 2 });
    expect(refused?.message).toMatch(/^Line 2 \(2026-Q2\): period: .* measured by month/);
    expect(page.items.map((item) => item.period)).toEqual(['2026-02', '2026-01']);
  });
});
