import { EVENT_NAMES, type EventName } from '../../shared/contract';
import type { CallResult } from '../../shared/errors';
import { fromBackendMessage, type ToBackendMessage } from '../backend/hostMessages';
import type { Logger } from '../common/logger';

/** The parts of Electron's UtilityProcess the relay uses, so tests can pass a fake child. */
export interface BackendChild {
  postMessage(message: ToBackendMessage): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface BackendProcessOptions {
  spawn: () => BackendChild;
  log: Logger;
  onEvent: (event: EventName, payload: unknown) => void;
  /** Called after a crashed backend was started again; its open workspace is gone. */
  onRestarted?: () => void;
  /** How many restarts are allowed within `restartWindowMs` before giving up. */
  maxRestarts?: number;
  restartWindowMs?: number;
  shutdownTimeoutMs?: number;
}

type Resolve = (result: CallResult<unknown>) => void;

const CRASHED: CallResult<never> = {
  ok: false,
  error: {
    code: 'E_INTERNAL',
    message:
      'The app\u2019s data process stopped unexpectedly. Nothing half-done was saved; ' +
      'open the workspace again and retry.',
  },
};

const GAVE_UP: CallResult<never> = {
  ok: false,
  error: {
    code: 'E_UNAVAILABLE',
    message:
      'The app\u2019s data process keeps stopping. Quit and restart the app; the log ' +
      'has the details.',
  },
};

/**
 * Runs the backend in its own process and relays calls to it. A crash answers every waiting
 * call with E_INTERNAL and starts a fresh backend, a few times at most, so one bad file cannot
 * leave the window waiting forever or loop restarts endlessly.
 */
export class BackendProcess {
  private child: BackendChild | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Resolve>();
  private readonly restarts: number[] = [];
  private stopping: Promise<void> | null = null;
  private failed = false;
  private readonly log: Logger;

  constructor(private readonly options: BackendProcessOptions) {
    this.log = options.log;
  }

  start(): void {
    const child = this.options.spawn();
    this.child = child;
    child.on('message', (message) => this.receive(message));
    child.on('exit', (code) => this.exited(child, code));
    this.log.info('backend started');
  }

  call(method: string, input: unknown): Promise<CallResult<unknown>> {
    if (this.failed) return Promise.resolve(GAVE_UP);
    const child = this.child;
    if (!child || this.stopping) {
      return Promise.resolve({
        ok: false,
        error: { code: 'E_UNAVAILABLE', message: 'The app is shutting down.' },
      });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      child.postMessage({ type: 'call', id, method, input });
    });
  }

  /** Asks the backend to close its workspace cleanly, killing it if it does not in time. */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    const child = this.child;
    if (!child) return Promise.resolve();
    this.stopping = new Promise<void>((done) => {
      const timer = setTimeout(() => {
        this.log.warn('backend did not stop in time; killing it');
        child.kill();
        done();
      }, this.options.shutdownTimeoutMs ?? 3000);
      child.on('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.postMessage({ type: 'shutdown' });
    });
    return this.stopping;
  }

  private receive(raw: unknown): void {
    const parsed = fromBackendMessage.safeParse(raw);
    if (!parsed.success) {
      this.log.error('ignored a malformed message from the backend');
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'result': {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.result as CallResult<unknown>);
        break;
      }
      case 'event':
        if ((EVENT_NAMES as readonly string[]).includes(message.event)) {
          this.options.onEvent(message.event as EventName, message.payload);
        }
        break;
      default: {
        const unreachable: never = message;
        this.log.error('unknown backend message', { message: unreachable });
      }
    }
  }

  private exited(child: BackendChild, code: number): void {
    if (child !== this.child) return;
    this.child = null;
    for (const resolve of this.pending.values()) resolve(CRASHED);
    this.pending.clear();
    if (this.stopping) {
      this.log.info('backend stopped', { code });
      return;
    }
    this.log.error('backend exited unexpectedly', { code });
    if (!this.mayRestart()) {
      this.failed = true;
      this.log.error('backend keeps exiting; not restarting it again');
      return;
    }
    this.start();
    this.options.onRestarted?.();
  }

  private mayRestart(): boolean {
    const now = Date.now();
    const window = this.options.restartWindowMs ?? 60_000;
    while (this.restarts.length > 0 && now - (this.restarts[0] ?? now) > window) {
      this.restarts.shift();
    }
    if (this.restarts.length >= (this.options.maxRestarts ?? 3)) return false;
    this.restarts.push(now);
    return true;
  }
}
