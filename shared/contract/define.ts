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

/**
 * How a call uses a file input: `read` opens or reads a file that exists, `write` saves over
 * whatever is there (a backup, an export), `create` makes a new file and refuses an existing
 * one. The desktop host refuses a file reference that was not granted for that use, so a
 * file the user chose to open can never become one the app overwrites.
 */
export const FILE_ACCESSES = ['read', 'write', 'create'] as const;
export type FileAccess = (typeof FILE_ACCESSES)[number];

/**
 * Why the user was asked for a file. A dialog's purpose travels with the file it returns, and
 * a call can name the purposes whose files it takes, so a file chosen as, say, the place for
 * an export cannot be spent on a backup or a new workspace.
 */
export const FILE_PURPOSES = [
  'open-workspace',
  'create-workspace',
  'save-backup',
  'import-data',
  'save-export',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** The file inputs of a method, by input key, each with how the call uses it. */
export type FileInputs = Readonly<Record<string, FileAccess>>;

/** The same, with keys limited to the input's own, so a misspelt key fails to compile. */
type FileInputsOf<I extends z.ZodType> = {
  readonly [K in keyof z.input<I>]?: FileAccess;
};

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
  /**
   * Top-level input keys holding a FileRef, each with its access; the host checks the grant
   * and resolves the reference to a path before the call runs.
   */
  files?: FileInputs;
  /** The purposes whose files the call takes; unset, any file granted for the access. */
  filePurposes?: readonly FilePurpose[];
  /** True when the call reports progress events and accepts a `jobId` to cancel it. */
  progress?: boolean;
}

export function method<
  I extends z.ZodType,
  O extends z.ZodType,
  const S extends MethodSide = 'backend',
>(
  spec: Omit<MethodSpec<I, O>, 'files'> & {
    side?: S;
    files?: FileInputsOf<NoInfer<I>>;
  },
): MethodSpec<I, O> & { side: S } {
  const { files, ...rest } = spec;
  // The checked form only narrows the keys; every value it holds is a FileAccess.
  const declared = files as FileInputs | undefined;
  return {
    ...rest,
    ...(declared ? { files: declared } : {}),
    side: spec.side ?? ('backend' as S),
  };
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
      checkFileInputs(name, spec);
      joined[name] = spec;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

function isFileRefSchema(schema: unknown): boolean {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap();
  }
  return current === fileRef;
}

/**
 * Every declared file input must be a FileRef of the input, and every FileRef of the input
 * must be declared: an undeclared one would reach a handler as an unresolved reference, and
 * a declared key that is not one would be resolved where nothing expects a file.
 */
function checkFileInputs(name: string, spec: MethodSpec): void {
  const files = spec.files ?? {};
  const shape = spec.input instanceof z.ZodObject ? spec.input.shape : null;
  if (spec.filePurposes && Object.keys(files).length === 0) {
    throw new Error(`${name}: filePurposes given without a file input`);
  }
  for (const [key, access] of Object.entries(files)) {
    if (!FILE_ACCESSES.includes(access)) {
      throw new Error(
        `${name}: file input ${key} has no known access: ${String(access)}`,
      );
    }
    if (!shape || !isFileRefSchema(shape[key])) {
      throw new Error(`${name}: file input ${key} is not a fileRef of the input`);
    }
  }
  for (const [key, field] of Object.entries(shape ?? {})) {
    if (isFileRefSchema(field) && !Object.hasOwn(files, key)) {
      throw new Error(`${name}: input ${key} is a fileRef but not declared in files`);
    }
  }
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;
