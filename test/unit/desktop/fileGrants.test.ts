import { describe, expect, it } from 'vitest';
import { FileGrants } from '../../../electron/main/fileGrants';

describe('file grants', () => {
  it('give the same id to the same path from the same source and resolve nothing they did not mint', () => {
    const grants = new FileGrants();

    const first = grants.grant('/data/dmv.pcf', 'open-dialog');

    expect(grants.grant('/data/dmv.pcf', 'open-dialog')).toBe(first);
    expect(grants.resolve('/data/dmv.pcf')).toBeNull();
    expect(grants.resolve(`${first}x`)).toBeNull();
    expect(grants.resolve(42)).toBeNull();
  });

  it('give a path chosen to open and the same path chosen to save different ids', () => {
    const grants = new FileGrants();

    const opened = grants.grant('/data/dmv.pcf', 'open-dialog');
    const saved = grants.grant('/data/dmv.pcf', 'save-dialog');

    expect(saved).not.toBe(opened);
    expect(grants.check(opened, 'write')).toEqual({
      ok: false,
      refusal: 'wrong-access',
      allows: ['read'],
    });
    expect(grants.check(saved, 'write')).toEqual({ ok: true, path: '/data/dmv.pcf' });
  });

  it('call an id they never minted unknown, whatever access is asked', () => {
    const grants = new FileGrants();

    expect(grants.check('file_AAAAAAAAAAAAAAAAAAAAAA', 'read')).toEqual({
      ok: false,
      refusal: 'unknown',
      allows: [],
    });
    expect(grants.check('/etc/passwd', 'write')).toMatchObject({ refusal: 'unknown' });
  });

  it('let a file chosen for saving be saved to once, then mint a fresh id for it', () => {
    const grants = new FileGrants();
    const saved = grants.grant('/data/backup.pcf', 'save-dialog');

    grants.spend(saved, 'write');

    expect(grants.check(saved, 'write')).toMatchObject({ refusal: 'unknown' });
    expect(grants.check(saved, 'create')).toMatchObject({ refusal: 'unknown' });
    const again = grants.grant('/data/backup.pcf', 'save-dialog');
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
    });
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
    const oldest = grants.grant('/data/0.pcf', 'open-dialog');

    for (let index = 1; index <= 500; index += 1) {
      grants.grant(`/data/${index}.pcf`, 'open-dialog');
    }

    expect(grants.size).toBe(500);
    expect(grants.resolve(oldest)).toBeNull();
    expect(grants.grant('/data/0.pcf', 'open-dialog')).not.toBe(oldest);
  });
});
