import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../common/csp';
import { formatError, type Logger } from '../common/logger';
import { contentTypeOf, resolveStaticPath } from '../common/staticFiles';
import { APP_SCHEME, isAppUrl } from './appOrigin';

/**
 * `standard` and `secure` give the scheme a real origin and a secure context; `corsEnabled`
 * lets the bundler's `crossorigin` module scripts load. No privilege that would widen what
 * other origins may do (service workers, bypassing CSP) is granted.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
  },
};

export interface AppRequest {
  url: string;
  method: string;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** The file under `root` a request of the app's origin names, or null. */
export function appRequestPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  try {
    return resolveStaticPath(root, new URL(url).pathname);
  } catch {
    return null;
  }
}

/**
 * Answers one request for the app's own files. Anything outside the built renderer, however
 * it is spelled, gets a 404 rather than a hint about what exists.
 */
export async function respondToAppRequest(
  root: string,
  request: AppRequest,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'method not allowed');
  }
  const file = appRequestPath(root, request.url);
  if (!file) return plain(404, 'not found');
  const body = await readFile(file);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'content-type': contentTypeOf(file) },
  });
}

/** Serves the built renderer on the app scheme of the given (default) session's protocol. */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  log: Logger,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await respondToAppRequest(root, request);
    } catch (error) {
      log.error('app protocol request failed', {
        url: request.url,
        error: formatError(error),
      });
      return plain(500, 'internal error');
    }
  });
}
