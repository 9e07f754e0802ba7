import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/common/csp';
import { silentLogger } from '../../../electron/common/logger';
import {
  appRequestPath,
  respondToAppRequest,
  serveAppProtocol,
} from '../../../electron/main/appProtocol';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let root: string;

beforeEach(() => {
  temp = makeTempDir('pcf-protocol-');
  root = temp.path('renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'export {};');
  writeFileSync(temp.path('secret.txt'), 'outside the root');
  symlinkSync(temp.path('secret.txt'), join(root, 'assets', 'link.txt'));
});

afterEach(() => temp.cleanup());

const get = (url: string) => respondToAppRequest(root, { url, method: 'GET' });

describe('the app protocol', () => {
  it('serves the page with the content security policy and its type', async () => {
    const response = await get('app://pcf/index.html');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves the app\u2019s scripts as JavaScript', async () => {
    const response = await get('app://pcf/assets/main.js');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves index.html for the bare origin', () => {
    expect(appRequestPath(root, 'app://pcf/')).toBe(join(root, 'index.html'));
  });

  const outside = [
    ['a dot-dot segment', 'app://pcf/../secret.txt'],
    ['an encoded dot-dot', 'app://pcf/%2e%2e%2fsecret.txt'],
    ['an encoded dot-dot in a folder', 'app://pcf/assets/%2E%2E/%2e%2e/secret.txt'],
    ['an encoded backslash', 'app://pcf/assets%5c..%5c..%5csecret.txt'],
    ['an absolute path', 'app://pcf//etc/passwd'],
    ['an encoded absolute path', 'app://pcf/%2fetc%2fpasswd'],
    ['a NUL byte', 'app://pcf/index.html%00.js'],
    ['a symlink leading out of the root', 'app://pcf/assets/link.txt'],
    ['a folder', 'app://pcf/assets'],
    ['a missing file', 'app://pcf/nothing-here.js'],
    ['broken percent encoding', 'app://pcf/%E0%A4%A'],
    ['another host on the scheme', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ] as const;
  for (const [label, url] of outside) {
    it(`does not serve ${label}`, async () => {
      const response = await get(url);

      expect(response.status).toBe(404);
      expect(await response.text()).toBe('not found');
    });
  }

  it('answers only GET and HEAD', async () => {
    const post = await respondToAppRequest(root, {
      url: 'app://pcf/index.html',
      method: 'POST',
    });
    const head = await respondToAppRequest(root, {
      url: 'app://pcf/index.html',
      method: 'HEAD',
    });

    expect(post.status).toBe(405);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers a handler on the app scheme that answers, never throws, when the root is gone', async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const protocol = {
      handle: (scheme: string, registered: (request: Request) => Promise<Response>) => {
        expect(scheme).toBe('app');
        handler = registered;
      },
    };
    serveAppProtocol(protocol, temp.path('missing'), silentLogger);

    const response = await handler?.(new Request('https://example.invalid/index.html'));
    const gone = await handler?.({
      url: 'app://pcf/index.html',
      method: 'GET',
    } as Request);

    expect(response?.status).toBe(404);
    expect(gone?.status).toBe(404);
  });
});
