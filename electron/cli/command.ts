import type { ParseArgsConfig } from 'node:util';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Backend } from '../backend/backend';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommand {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface CommandContext {
  backend: Backend;
  /** Calls the backend through the contract and throws its error as an AppError. */
  call: <M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ) => Promise<MethodOutput<M>>;
}

export interface CommandResult {
  /** Printed as the one JSON object with --json. */
  json: unknown;
  /** Printed otherwise, a line each. */
  text: string[];
}

export interface Command {
  /** The words that select the command, e.g. ['standards', 'status']. */
  words: string[];
  usage: string;
  summary: string;
  options: OptionSpec;
  run(parsed: ParsedCommand, context: CommandContext): Promise<CommandResult>;
}

export function usageError(message: string, usage: string): AppError {
  return new AppError('E_INPUT', `${message}. Usage: pcf ${usage}`);
}

export function requirePositional(
  parsed: ParsedCommand,
  index: number,
  name: string,
  usage: string,
): string {
  const value = parsed.positionals[index];
  if (!value) throw usageError(`missing <${name}>`, usage);
  return value;
}

export function stringOption(parsed: ParsedCommand, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireOption(
  parsed: ParsedCommand,
  name: string,
  usage: string,
): string {
  const value = stringOption(parsed, name);
  if (value === undefined) throw usageError(`missing --${name}`, usage);
  return value;
}
