import { writeFileSync } from 'node:fs';
import type { MethodInput } from '../../shared/contract';
import type { TestBackend } from './backend';

/** Builders for action-plan rows with sensible defaults, so a test names only what matters. */
export const segmentFixture = (
  overrides: Partial<MethodInput<'segments.create'>> = {},
) => ({
  code: 'DRIVERS',
  name: 'Drivers renewing a licence',
  kind: 'individual' as const,
  languages: [
    { language: 'en', share: 70 },
    { language: 'es', share: 25 },
  ],
  channels: ['web' as const, 'phone' as const, 'in-person' as const],
  ...overrides,
});

export async function seedService(test: TestBackend, code = 'DL-RENEW') {
  const segment = await test.call('segments.create', segmentFixture());
  return test.call('services.create', {
    code,
    name: 'Driver licence renewal',
    segmentIds: [segment.id],
    channels: ['web', 'phone', 'in-person'],
  });
}

export async function seedStandard(
  test: TestBackend,
  serviceId: number,
  overrides: Partial<MethodInput<'standards.create'>> = {},
) {
  return test.call('standards.create', {
    code: 'PHONE-ANSWER',
    serviceId,
    channel: 'phone',
    measure: 'answer-time',
    unit: 'minutes',
    comparator: 'at-most',
    target: 3,
    periodKind: 'month',
    status: 'adopted',
    published: true,
    wording: 'We answer the phone within 3 minutes.',
    ...overrides,
  });
}

/** Writes a CSV from rows of cells, quoting every cell so commas and quotes survive. */
export function writeCsv(path: string, rows: string[][]): string {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  writeFileSync(
    path,
    rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n',
    'utf8',
  );
  return path;
}
