import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import {
  contract,
  isMethodName,
  type HostMethodName,
  type MethodOutput,
} from '../../shared/contract';
import { AppError, type CallResult, type ErrorPayload } from '../../shared/errors';
import { APP_VERSION } from '../../shared/version';
import { createBackend, type Backend } from '../backend/backend';
import { parseInput } from '../backend/rpc/validation';
import { CONTENT_SECURITY_POLICY } from '../common/csp';
import { formatError, type Logger } from '../common/logger';
import { OPENING_METHODS, RecentWorkspaces } from '../common/recentWorkspaces';
import { contentTypeOf, resolveStaticPath } from '../common/staticFiles';

const MAX_BODY_BYTES = 50 * 1024 * 1024;
const TOKEN_COOKIE = 'pcf_token';

export interface HarnessOptions {
  /** Built renderer files (index.html and assets). */
  rendererDir: string;
  /** The workspace the page offers to open, or to create when it does not exist. */
  workspace?: string;
  port?: number;
  /** Where the harness keeps its own state, such as the recent list. */
  stateDir: string;
  log: Logger;
  migrationsFolder?: string;
}

export interface Harness {
  url: string;
  token: string;
  port: number;
  backend: Backend;
  close(): Promise<void>;
}

function sameToken(expected: Buffer, given: string | undefined): boolean {
  if (!given) return false;
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function cookieToken(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

const failure = (error: ErrorPayload): CallResult<never> => ({ ok: false, error });

/**
 * A loopback host of the real backend for browser tests and demos. It is not a server for
 * production: it binds 127.0.0.1 only, answers only requests carrying this run's token, and
 * takes file paths as typed text, which the desktop app never does.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const log = options.log.child('harness');
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const backend = createBackend({
    log: options.log.child('backend'),
    migrationsFolder: options.migrationsFolder,
  });
  const recent = new RecentWorkspaces(join(options.stateDir, 'recent-workspaces.json'));
  const eventStreams = new Set<ServerResponse>();
  const startupFile = options.workspace ? resolve(options.workspace) : null;

  backend.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  const resolveFile = (value: unknown): string => {
    const text = String(value);
    return isAbsolute(text) ? text : resolve(text);
  };

  function hostCall(method: HostMethodName, rawInput: unknown): unknown {
    const spec = contract[method];
    const input = parseInput(spec.input, rawInput, method) as Record<string, unknown>;
    switch (method) {
      case 'host.info':
        return {
          kind: 'browser',
          appVersion: APP_VERSION,
          startupFile: startupFile
            ? { file: startupFile, displayPath: startupFile }
            : null,
          pathEntry: true,
        } satisfies MethodOutput<'host.info'>;
      case 'host.pickFile':
        return null;
      case 'host.recentWorkspaces':
        return recent.list().map((item) => ({
          file: item.path,
          displayPath: item.path,
          title: item.title,
          mode: item.mode,
          lastOpenedAt: item.lastOpenedAt,
          found: item.found,
        })) satisfies MethodOutput<'host.recentWorkspaces'>;
      case 'host.forgetRecent':
        return { forgotten: recent.forget(resolveFile(input.file)) };
      case 'host.exportCompactPdf':
        throw new AppError(
          'E_UNAVAILABLE',
          'PDF export needs the desktop app; save the compact as a web page instead.',
        );
      case 'host.exportSurveyFormPdf':
        throw new AppError(
          'E_UNAVAILABLE',
          'PDF export needs the desktop app; save the paper form as a web page instead.',
        );
      case 'host.revealWorkspace': {
        const open = backend.session.peek();
        return { revealed: false, path: open?.path ?? '' };
      }
    }
  }

  async function handleCall(
    method: string,
    rawInput: unknown,
  ): Promise<CallResult<unknown>> {
    if (!isMethodName(method)) {
      return failure({
        code: 'E_UNKNOWN_METHOD',
        message: `There is no call named ${method.slice(0, 80)}.`,
      });
    }
    const spec = contract[method];
    if (spec.side === 'host') {
      try {
        return { ok: true, value: hostCall(method as HostMethodName, rawInput) };
      } catch (error) {
        const payload = (error as { toPayload?: () => ErrorPayload }).toPayload?.();
        return failure(
          payload ?? { code: 'E_INTERNAL', message: 'The host call failed.' },
        );
      }
    }
    const input =
      typeof rawInput === 'object' && rawInput !== null ? { ...rawInput } : rawInput;
    // Paths arrive as typed text here, so there is no grant whose access could be checked.
    for (const key of Object.keys(spec.files ?? {})) {
      const record = input as Record<string, unknown>;
      if (typeof record[key] === 'string') record[key] = resolveFile(record[key]);
    }
    const result = await backend.call(method, input);
    if (result.ok && OPENING_METHODS.has(method)) {
      recent.remember(result.value as MethodOutput<'workspace.open'>);
    }
    return result;
  }

  function serveStatic(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ) {
    const file = resolveStaticPath(options.rendererDir, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': contentTypeOf(file),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (file.endsWith('.html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['set-cookie'] =
        `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  }

  let port = options.port ?? 0;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      // A page on another site can point a browser at 127.0.0.1 but cannot make the Host
      // header say so through DNS rebinding tricks; only our own host names are served.
      const host = request.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        send(response, 421, { error: 'wrong host' });
        return;
      }
      const given =
        url.searchParams.get('token') ??
        (request.headers['x-pcf-token'] as string | undefined) ??
        cookieToken(request);
      if (!sameToken(tokenBytes, given ?? undefined)) {
        send(response, 403, {
          error: 'this harness needs the token printed when it started',
        });
        return;
      }
      if (url.pathname === '/events' && request.method === 'GET') {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        response.write(': connected\n\n');
        eventStreams.add(response);
        request.on('close', () => eventStreams.delete(response));
        return;
      }
      if (url.pathname.startsWith('/rpc/')) {
        if (request.method !== 'POST') {
          send(response, 405, { error: 'calls are POSTed' });
          return;
        }
        let body: unknown;
        try {
          body = await readBody(request);
        } catch (error) {
          send(
            response,
            400,
            failure({
              code: 'E_INPUT',
              message: `The request could not be read: ${formatError(error)}`,
            }),
          );
          return;
        }
        send(
          response,
          200,
          await handleCall(decodeURIComponent(url.pathname.slice(5)), body),
        );
        return;
      }
      if (request.method === 'GET' || request.method === 'HEAD') {
        serveStatic(request, response, url.pathname);
        return;
      }
      send(response, 405, { error: 'method not allowed' });
    })().catch((error: unknown) => {
      log.error('request failed', { error });
      if (!response.headersSent) send(response, 500, { error: 'internal error' });
      else response.end();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  log.info('serving', {
    url: `http://127.0.0.1:${port}/`,
    workspace: startupFile ?? 'none',
  });

  return {
    url,
    token,
    port,
    backend,
    close: async () => {
      for (const stream of eventStreams) stream.end();
      backend.shutdown();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
