import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/common/csp';

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `${name} declared twice`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

describe('the content security policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it('runs scripts from the app only, with no inline code or eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('falls back to the app itself for anything not named', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base rewriting and frames', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('lets the page talk only to its own origin', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('nowhere allows unsafe-eval, wildcards or remote schemes', () => {
    const everySource = [...policy.values()].flat();

    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource).not.toContain('*');
    expect(everySource.filter((source) => /^(https?|ws|wss|file):/.test(source))).toEqual(
      [],
    );
  });
});
