import { parseArgs } from 'node:util';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { AppError, type ErrorPayload } from '../../shared/errors';
import { APP_VERSION } from '../../shared/version';
import { createBackend } from '../backend/backend';
import { createLogger, stderrSink } from '../common/logger';
import type { Command, CommandContext } from './command';
import { COMMANDS } from './commands';

const log = createLogger({ processName: 'cli', sinks: [stderrSink], level: 'warn' });

function helpText(): string {
  const lines = [
    `pcf ${APP_VERSION}: Californians First workspaces from the command line`,
    '',
    'Usage: pcf <command> [arguments] [--json]',
    '',
    'Commands:',
  ];
  for (const command of COMMANDS) {
    lines.push(`  ${command.words.join(' ').padEnd(20)} ${command.summary}`);
    lines.push(`  ${''.padEnd(20)} pcf ${command.usage}`);
  }
  lines.push(
    '',
    'Every command takes --json and then prints exactly one JSON object on stdout.',
  );
  return lines.join('\n');
}

function findCommand(argv: string[]): { command: Command; rest: string[] } | null {
  const byLength = [...COMMANDS].sort((a, b) => b.words.length - a.words.length);
  for (const command of byLength) {
    if (command.words.every((word, index) => argv[index] === word)) {
      return { command, rest: argv.slice(command.words.length) };
    }
  }
  return null;
}

function exitCodeFor(error: ErrorPayload): number {
  return error.code === 'E_INPUT' ? 2 : 1;
}

function fail(error: ErrorPayload, json: boolean): number {
  process.stderr.write(`pcf: ${error.message}\n`);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`,
    );
  }
  return exitCodeFor(error);
}

function toPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  if (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    return { code: 'E_INPUT', message: error.message };
  }
  log.error('command failed unexpectedly', { error });
  return {
    code: 'E_INTERNAL',
    message: error instanceof Error ? error.message : String(error),
  };
}

export async function runCli(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  if (
    argv.length === 0 ||
    argv[0] === '--help' ||
    argv[0] === '-h' ||
    argv[0] === 'help'
  ) {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  if (argv[0] === '--version') {
    process.stdout.write(
      json ? `${JSON.stringify({ version: APP_VERSION })}\n` : `${APP_VERSION}\n`,
    );
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    return fail(
      { code: 'E_INPUT', message: `unknown command "${argv[0]}"; run pcf --help` },
      json,
    );
  }
  const { command, rest } = found;
  if (rest.includes('--help')) {
    process.stdout.write(`pcf ${command.usage}\n${command.summary}\n`);
    return 0;
  }

  const backend = createBackend({ log });
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const context: CommandContext = {
      backend,
      async call<M extends MethodName>(method: M, input: MethodInput<M>) {
        const result = await backend.call(method, input);
        if (!result.ok)
          throw new AppError(
            result.error.code,
            result.error.message,
            result.error.details,
          );
        return result.value as MethodOutput<M>;
      },
    };
    const result = await command.run({ values, positionals }, context);
    process.stdout.write(
      json ? `${JSON.stringify(result.json)}\n` : `${result.text.join('\n')}\n`,
    );
    return 0;
  } catch (error) {
    return fail(toPayload(error), json);
  } finally {
    backend.shutdown();
  }
}
