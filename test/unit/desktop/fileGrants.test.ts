import { describe, expect, it } from 'vitest';
import { FileGrants } from '../../../electron/main/fileGrants';

describe('file grants', () => {
  it(
    'give the same id to the same path from the same source and resolve nothing they ' +
      'did not mint',
    () => {
      const grants = new FileGrants();

      const first = grants.grant('/data/dmv.pcf', 'open-dialog', 'open-workspace');

      expect(grants.grant('/data/dmv.pcf', 'open-dialog', 'open-workspace')).toBe(first);
      expect(grants.resolve('/data/dmv.pcf')).toBeNull();
      expect(grants.resolve(`${first}x`)).toBeNull();
      expect(grants.resolve(42)).toBeNull();
    },
  );

  it('give a path chosen to open and the same path chosen to save different ids', () => {
    const grants = new FileGrants();

    const opened = grants.grant('/data/dmv.pcf', 'open-dialog', 'open-workspace');
    const saved = grants.grant('/data/dmv.pcf', 'save-dialog', 'save-backup');

    expect(saved).not.toBe(opened);
    expect(grants.check(opened, 'write')).toEqual({
      ok: false,
      refusal: 'wrong-access',
      allows: ['read'],
      purposes: ['open-workspace'],
    });
    expect(grants.check(saved, 'write')).toEqual({ ok: true, path: '/data/dmv.pcf' });
  });

  it('call an id they never minted unknown, whatever access is asked', () => {
    const grants = new FileGrants();

    expect(grants.check('file_AAAAAAAAAAAAAAAAAAAAAA', 'read')).toEqual({
      ok: false,
      refusal: 'unknown',
      allows: [],
      purposes: [],
    });
    expect(grants.check('/etc/passwd', 'write')).toMatchObject({ refusal: 'unknown' });
  });

  it('let a file chosen for saving be saved to once, then mint a fresh id for it', () => {
    const grants = new FileGrants();
    const saved = grants.grant('/data/backup.pcf', 'save-dialog', 'save-backup');

    grants.spend(saved, 'write');

    expect(grants.check(saved, 'write')).toMatchObject({ refusal: 'unknown' });
    expect(grants.check(saved, 'create')).toMatchObject({ refusal: 'unknown' });
    const again = grants.grant('/data/backup.pcf', 'save-dialog', 'save-backup');
    expect(again).not.toBe(saved);
    expect(grants.check(again, 'write')).toMatchObject({ ok: true });
  });

  it('keep the start-up file open-able after it was created', () => {
    const grants = new FileGrants();
    const startup = grants.grant('/data/new.pcf', 'startup');

    grants.spend(startup, 'create');

    expect(grants.check(startup, 'read')).toMatchObject({ ok: true });
    expect(grants.check(startup, 'create')).toEqual({
      ok: false,
      refusal: 'wrong-access',
      allows: ['read'],
      purposes: ['open-workspace', 'create-workspace'],
    });
  });

  it('serve only the purposes a file was chosen for, when the call names its own', () => {
    const grants = new FileGrants();
    const exportTo = grants.grant('/data/results.xlsx', 'save-dialog', 'save-export');
    const recent = grants.grant('/data/dmv.pcf', 'recent');

    expect(grants.check(exportTo, 'write', ['save-backup'])).toEqual({
      ok: false,
      refusal: 'wrong-purpose',
      allows: ['write', 'create'],
      purposes: ['save-export'],
    });
    expect(grants.check(exportTo, 'write', ['save-export'])).toMatchObject({ ok: true });
    expect(grants.check(exportTo, 'write')).toMatchObject({ ok: true });
    expect(grants.check(recent, 'read', ['open-workspace'])).toMatchObject({ ok: true });
    expect(grants.check(recent, 'read', ['import-data'])).toMatchObject({
      refusal: 'wrong-purpose',
    });
  });

  it('give the same path chosen for two purposes two ids', () => {
    const grants = new FileGrants();

    expect(grants.grant('/data/out.xlsx', 'save-dialog', 'save-export')).not.toBe(
      grants.grant('/data/out.xlsx', 'save-dialog', 'save-backup'),
    );
  });

  it('do not limit reading', () => {
    const grants = new FileGrants();
    const opened = grants.grant('/data/dmv.pcf', 'recent');

    grants.spend(opened, 'read');
    grants.spend(opened, 'read');

    expect(grants.check(opened, 'read')).toMatchObject({ ok: true });
  });

  it('forget the oldest grants beyond their limit', () => {
    const grants = new FileGrants();
    const oldest = grants.grant('/data/0.pcf', 'open-dialog', 'open-workspace');

    for (let index = 1; index <= 500; index += 1) {
      grants.grant(`/data/${index}.pcf`, 'open-dialog', 'open-workspace');
    }

    expect(grants.size).toBe(500);
    expect(grants.resolve(oldest)).toBeNull();
    expect(grants.grant('/data/0.pcf', 'open-dialog', 'open-workspace')).not.toBe(oldest);
  });
});
