import { resolve } from 'node:path';

/**
 * The workspace named with `--workspace <file>` or `--workspace=<file>` on the command line,
 * as an absolute path, or null. Chromium's own switches around it are ignored.
 */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument.startsWith('--workspace=')) {
      const value = argument.slice('--workspace='.length);
      return value ? resolve(cwd, value) : null;
    }
    if (argument === '--workspace') {
      const value = argv[index + 1];
      return value && !value.startsWith('--') ? resolve(cwd, value) : null;
    }
  }
  return null;
}
