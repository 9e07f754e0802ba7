import type {
  FILE_PURPOSES,
  fileFilter,
  PickedFile,
} from '../../../shared/contract/host';
import type { z } from 'zod';

export interface PickOptions {
  purpose: (typeof FILE_PURPOSES)[number];
  mode: 'open' | 'save';
  /** The dialog's title, such as "Open a workspace". */
  title: string;
  /** A file name to start with; none by default. */
  suggestedName?: string;
  /** File types offered; all files by default. */
  filters?: z.input<typeof fileFilter>[];
  /** Typed-path prompt only: a file whose folder the suggestion is placed in. */
  near?: string;
}

/** The workspace file type, offered by every dialog that opens or saves one. */
export const WORKSPACE_FILTERS = [
  { name: 'Californians First workspace', extensions: ['cfw'] },
];
export const WORKSPACE_EXTENSION = '.cfw';

/** The folder part of a path typed on any platform. */
export function folderOf(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut + 1) : null;
}

/** The path a typed-path prompt starts with. */
export function suggestedPath(options: PickOptions, startupPath: string | null): string {
  const name = options.suggestedName ?? '';
  if (name === '' && options.mode === 'open') {
    // Beside the open workspace, the person only has to type a name.
    return options.near ? (folderOf(options.near) ?? '') : (startupPath ?? '');
  }
  if (/[/\\]/.test(name)) return name;
  const folder = folderOf(options.near ?? startupPath ?? '');
  return folder ? folder + name : name;
}

export type { PickedFile };
