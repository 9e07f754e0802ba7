import { z } from 'zod';

/**
 * A file the user chose. In the desktop app it is an opaque id that the main process minted
 * when a native dialog returned, so the page never hands the backend a path it made up; in the
 * browser harness (tests and demos only) it is the path the user typed.
 */
export const fileRef = z.string().min(1).max(4096).describe('file reference');
export type FileRef = z.infer<typeof fileRef>;

/** Correlates progress events and cancellation with one long call; chosen by the caller. */
export const jobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'a job id is 8 to 64 letters, digits, - or _');

/** Where a method runs: the backend does the work; the host owns windows and dialogs. */
export type MethodSide = 'backend' | 'host';

export interface MethodSpec<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  /** One line on what the call does, shown in docs and error logs. */
  summary: string;
  input: I;
  output: O;
  /** Defaults to 'backend'. */
  side?: MethodSide;
  /** Top-level input keys holding a FileRef that the host resolves to a path before relaying. */
  files?: readonly string[];
  /** True when the call reports progress events and accepts a `jobId` to cancel it. */
  progress?: boolean;
}

export function method<
  I extends z.ZodType,
  O extends z.ZodType,
  const S extends MethodSide = 'backend',
>(spec: MethodSpec<I, O> & { side?: S }): MethodSpec<I, O> & { side: S } {
  return { ...spec, side: spec.side ?? ('backend' as S) };
}

export type MethodTable = Record<string, MethodSpec>;

/**
 * Joins domain tables into one contract. A name declared twice is a programming error that
 * would make one handler shadow another, so it fails at start-up, not at call time.
 */
export function joinContracts<T extends readonly MethodTable[]>(
  ...tables: T
): UnionToIntersection<T[number]> {
  const joined: MethodTable = {};
  for (const table of tables) {
    for (const [name, spec] of Object.entries(table)) {
      if (name in joined) throw new Error(`Contract method declared twice: ${name}`);
      if (!/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/.test(name)) {
        throw new Error(`Contract method name must be namespaced camelCase: ${name}`);
      }
      joined[name] = spec;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;
