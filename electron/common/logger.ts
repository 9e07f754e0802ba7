import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVEL_RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose lines start with `module:`, sharing this one's sinks. */
  child(module: string): Logger;
}

export type LogSink = (line: string, level: LogLevel) => void;

export const stderrSink: LogSink = (line) => {
  process.stderr.write(`${line}\n`);
};

export function fileSink(path: string): LogSink {
  mkdirSync(dirname(path), { recursive: true });
  return (line) => {
    try {
      appendFileSync(path, `${line}\n`);
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  };
}

/** Errors are turned into log text in this one place so every process prints them alike. */
export function formatError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`;
    return error.stack ? `${head}\n${error.stack.split('\n').slice(1).join('\n')}` : head;
  }
  return String(error);
}

function formatFields(fields: LogFields | undefined): string {
  if (!fields) return '';
  const parts = Object.entries(fields).map(([key, value]) => {
    if (value instanceof Error) return `${key}=${formatError(value)}`;
    return `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`;
  });
  return parts.length ? ` ${parts.join(' ')}` : '';
}

export interface LoggerOptions {
  /** Which process writes: main, backend, cli, harness. */
  processName: string;
  sinks: LogSink[];
  level?: LogLevel;
}

function levelFromEnvironment(): LogLevel | undefined {
  const value = process.env.PCF_LOG_LEVEL;
  return value && value in LEVEL_RANK ? (value as LogLevel) : undefined;
}

/** Makes the one logger of a process. Modules take children of it, never a second root. */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = LEVEL_RANK[levelFromEnvironment() ?? options.level ?? 'info'];

  const make = (module: string | null): Logger => {
    const write = (level: LogLevel, message: string, fields?: LogFields) => {
      if (LEVEL_RANK[level] < threshold) return;
      const prefix = module ? `${module}: ` : '';
      const line =
        `${new Date().toISOString()} ${level.toUpperCase()} ` +
        `[${options.processName}] ${prefix}${message}${formatFields(fields)}`;
      for (const sink of options.sinks) sink(line, level);
    };
    return {
      debug: (message, fields) => write('debug', message, fields),
      info: (message, fields) => write('info', message, fields),
      warn: (message, fields) => write('warn', message, fields),
      error: (message, fields) => write('error', message, fields),
      child: (name) => make(module ? `${module}.${name}` : name),
    };
  };

  return make(null);
}

/** For tests and library callers that want no output. */
export const silentLogger: Logger = createLogger({ processName: 'silent', sinks: [] });
