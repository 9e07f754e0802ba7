import { request } from 'node:http';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../electron/harness/server';
import { silentLogger } from '../../../electron/common/logger';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let harness: Harness;

beforeEach(async () => {
  temp = makeTempDir('pcf-harness-');
  const rendererDir = temp.path('renderer');
  mkdirSync(rendererDir);
  writeFileSync(temp.path('renderer/index.html'), '<!doctype html><title>t</title>');
  writeFileSync(temp.path('secret.txt'), 'outside the renderer');
  harness = await startHarness({
    rendererDir,
    stateDir: temp.path('state'),
    log: silentLogger,
  });
});
afterEach(async () => {
  await harness.close();
  temp.cleanup();
});

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: harness.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        );
      },
    );
    call.on('error', reject);
    call.end(options.body);
  });
}

describe('the browser harness', () => {
  it('prints a loopback URL carrying its token', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('refuses a request without the token', async () => {
    const page = await send('/');
    const call = await send('/rpc/workspace.current', { method: 'POST', body: '{}' });

    expect(page.status).toBe(403);
    expect(call.status).toBe(403);
  });

  it('refuses a wrong token', async () => {
    const result = await send('/rpc/workspace.current', {
      method: 'POST',
      headers: { 'x-pcf-token': `${harness.token.slice(0, -1)}x` },
      body: '{}',
    });

    expect(result.status).toBe(403);
  });

  it('refuses a request whose Host header names another site', async () => {
    const result = await send(`/?token=${harness.token}`, {
      headers: { host: 'evil.example' },
    });

    expect(result.status).toBe(421);
  });

  it('serves the page with the content security policy and answers calls with the token', async () => {
    const page = await send(`/?token=${harness.token}`);
    const call = await send('/rpc/workspace.current', {
      method: 'POST',
      headers: { 'x-pcf-token': harness.token },
      body: '{}',
    });

    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain(
      "script-src 'self'",
    );
    expect(JSON.parse(call.body)).toEqual({ ok: true, value: null });
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const result = await send(`${path}?token=${harness.token}`);
      expect(result.status, path).toBe(404);
    }
  });

  it('cannot print a survey form to PDF and says so, writing nothing', async () => {
    const out = temp.path('form.pdf');
    const result = await send('/rpc/host.exportSurveyFormPdf', {
      method: 'POST',
      headers: { 'x-pcf-token': harness.token },
      body: JSON.stringify({ id: '1', language: 'en', file: out }),
    });

    expect(JSON.parse(result.body)).toMatchObject({
      ok: false,
      error: { code: 'E_UNAVAILABLE' },
    });
    expect(existsSync(out)).toBe(false);
  });

  it('answers an unknown method with E_UNKNOWN_METHOD', async () => {
    const result = await send('/rpc/system.exec', {
      method: 'POST',
      headers: { 'x-pcf-token': harness.token },
      body: '{}',
    });

    expect(JSON.parse(result.body)).toMatchObject({
      ok: false,
      error: { code: 'E_UNKNOWN_METHOD' },
    });
  });
});
