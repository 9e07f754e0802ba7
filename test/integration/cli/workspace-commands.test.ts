import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pcf } from '../../support/cli';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('pcf-cli-');
});
afterEach(() => temp.cleanup());

const departmentArgs = [
  '--department',
  'ftb',
  '--name',
  'Franchise Tax Board',
  '--coordinator',
  'Lee Park',
  '--email',
  'lee.park@ftb.ca.gov',
];

describe('pcf init and info', () => {
  it('creates a department workspace and describes it as exactly one JSON object', async () => {
    const file = temp.path('ftb.pcf');

    const created = await pcf(
      'init',
      file,
      ...departmentArgs,
      '--title',
      'Coordinator',
      '--json',
    );
    const info = await pcf('info', file, '--json');

    expect(created.code).toBe(0);
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      mode: 'department',
      department: { code: 'FTB', name: 'Franchise Tax Board' },
      coordinator: {
        name: 'Lee Park',
        email: 'lee.park@ftb.ca.gov',
        title: 'Coordinator',
      },
      schemaVersion: expect.any(Number),
      appVersion: expect.any(String),
      counts: expect.objectContaining({ department_profile: 1 }),
    });
    expect(info.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('creates the office workspace', async () => {
    const file = temp.path('gcso.pcf');

    await pcf(
      'init',
      file,
      '--office',
      '--name',
      'Governor\u2019s Customer Service Office',
      '--json',
    );
    const info = JSON.parse((await pcf('info', file, '--json')).stdout) as Record<
      string,
      unknown
    >;

    expect(info).toMatchObject({ mode: 'office', department: null });
  });

  it('never overwrites an existing file and says so on one line', async () => {
    const file = temp.path('ftb.pcf');
    await pcf('init', file, ...departmentArgs);

    const again = await pcf('init', file, ...departmentArgs, '--json');

    expect(again.code).not.toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      error: { code: 'E_FILE_EXISTS', message: expect.any(String) },
    });
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects a missing required option with a usage line', async () => {
    const result = await pcf('init', temp.path('x.pcf'), '--department', 'FTB', '--json');

    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'E_INPUT' } });
    expect(existsSync(temp.path('x.pcf'))).toBe(false);
  });

  it('rejects an unknown option instead of ignoring it', async () => {
    const result = await pcf('info', temp.path('x.pcf'), '--colour', 'blue', '--json');

    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'E_INPUT' } });
  });

  it('prints help with every command', async () => {
    const result = await pcf('--help');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pcf init');
    expect(result.stdout).toContain('pcf backup');
  });
});

describe('pcf backup', () => {
  it('writes an online backup that opens as a workspace', async () => {
    const file = temp.path('ftb.pcf');
    const copy = temp.path('ftb-copy.pcf');
    await pcf('init', file, ...departmentArgs);

    const backup = await pcf('backup', file, copy, '--json');
    const info = JSON.parse((await pcf('info', copy, '--json')).stdout) as Record<
      string,
      unknown
    >;

    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({
      backup: copy,
      bytes: expect.any(Number),
    });
    expect(info).toMatchObject({ department: { code: 'FTB' } });
  });

  it('refuses a destination that already exists', async () => {
    const file = temp.path('ftb.pcf');
    await pcf('init', file, ...departmentArgs);

    const result = await pcf('backup', file, file, '--json');

    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'E_FILE_EXISTS' } });
  });
});
