import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { seedService, segmentFixture } from '../../support/actionPlan';
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

describe('customer segments', () => {
  it('are created, listed by code, changed and deleted', async () => {
    const created = await test.call('segments.create', segmentFixture());
    await test.call(
      'segments.create',
      segmentFixture({ code: 'BUSINESS', name: 'Dealers', kind: 'business' }),
    );

    await test.call('segments.update', {
      id: created.id,
      segment: segmentFixture({ priority: 'high' }),
    });
    const listed = await test.call('segments.list', {});

    expect(listed.map((segment) => segment.code)).toEqual(['BUSINESS', 'DRIVERS']);
    expect(listed[1]).toMatchObject({
      priority: 'high',
      channels: ['web', 'phone', 'in-person'],
    });
    expect(await test.call('segments.delete', { id: created.id })).toEqual({
      deleted: true,
    });
    expect(await test.call('segments.list', {})).toHaveLength(1);
  });

  it('refuse a code that is already taken', async () => {
    await test.call('segments.create', segmentFixture());

    const error = await refusal(test.call('segments.create', segmentFixture()));

    expect(error?.code).toBe('E_CONFLICT');
  });

  it('refuse language shares over 100% and a language listed twice', async () => {
    const over = await refusal(
      test.call(
        'segments.create',
        segmentFixture({
          languages: [
            { language: 'en', share: 80 },
            { language: 'es', share: 30 },
          ],
        }),
      ),
    );
    const twice = await refusal(
      test.call(
        'segments.create',
        segmentFixture({
          languages: [
            { language: 'es', share: 1 },
            { language: 'ES', share: 2 },
          ],
        }),
      ),
    );

    expect(over?.code).toBe('E_INPUT');
    expect(over?.message).toMatch(/110%/);
    expect(twice?.message).toMatch(/listed twice/);
  });

  it('keep a code that surveys refer to: it can be neither renamed nor deleted', async () => {
    const segment = await test.call('segments.create', segmentFixture());
    await test.call('surveys.create', {
      template: 'customer',
      title: 'Licence renewal survey',
      segments: ['DRIVERS'],
    });

    const renamed = await refusal(
      test.call('segments.update', {
        id: segment.id,
        segment: segmentFixture({ code: 'MOTORISTS' }),
      }),
    );
    const deleted = await refusal(test.call('segments.delete', { id: segment.id }));
    const renamedOnly = await test.call('segments.update', {
      id: segment.id,
      segment: segmentFixture({ name: 'Motorists renewing a licence' }),
    });

    expect(renamed?.message).toBe(
      'surveys refer to the segment DRIVERS, so it cannot be renamed.',
    );
    expect(deleted?.code).toBe('E_CONFLICT');
    expect(renamedOnly.name).toBe('Motorists renewing a licence');
  });

  it('are not offered in an office workspace', async () => {
    const office = temp.path('office.pcf');
    await test.call('workspace.createOffice', { file: office, profile: {} });

    const error = await refusal(test.call('segments.list', {}));

    expect(error?.code).toBe('E_WRONG_MODE');
  });
});

describe('services', () => {
  it('keep their segments, channels, peaks and volumes', async () => {
    const service = await seedService(test);

    const updated = await test.call('services.setVolumes', {
      id: service.id,
      volumes: [
        { channel: 'phone', period: '2026-02', transactions: 1200 },
        { channel: 'web', period: '2026-01', transactions: 5400 },
      ],
    });
    const withPeaks = await test.call('services.update', {
      id: service.id,
      service: {
        code: 'DL-RENEW',
        name: 'Driver licence renewal',
        segmentIds: service.segments.map((segment) => segment.id),
        channels: ['web', 'phone'],
        peakDays: ['mon', 'fri'],
        peakHours: [12, 9],
      },
    });

    expect(updated.volumes.map((volume) => volume.period)).toEqual([
      '2026-01',
      '2026-02',
    ]);
    expect(withPeaks).toMatchObject({
      peakDays: ['mon', 'fri'],
      peakHours: [9, 12],
      channels: ['web', 'phone'],
    });
    expect(withPeaks.segments.map((segment) => segment.code)).toEqual(['DRIVERS']);
    const [segment] = await test.call('segments.list', {});
    expect(segment?.services).toEqual(['DL-RENEW']);
  });

  it('cannot be deleted while standards measure them', async () => {
    const service = await seedService(test);
    await test.call('standards.create', {
      code: 'WEB-TURN',
      serviceId: service.id,
      measure: 'turnaround-time',
      unit: 'days',
      comparator: 'at-most',
      target: 10,
    });

    const error = await refusal(test.call('services.delete', { id: service.id }));

    expect(error?.code).toBe('E_CONFLICT');
    expect(error?.message).toMatch(/1 service standards/);
  });

  it('refuse a volume period that is not a month or quarter', async () => {
    const service = await seedService(test);

    const error = await refusal(
      test.call('services.setVolumes', {
        id: service.id,
        volumes: [{ channel: 'phone', period: '2026-13', transactions: 1 }],
      }),
    );

    expect(error?.code).toBe('E_INPUT');
  });
});
