import { z } from 'zod';
import { workspaceMode } from '../domain/workspace';
import { FILE_PURPOSES, fileRef, method } from './define';

export { FILE_PURPOSES } from './define';

export const fileFilter = z.object({
  name: z.string().max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10),
});

export const pickedFile = z.object({
  file: fileRef,
  /** The path as the user should see it. */
  displayPath: z.string(),
});
export type PickedFile = z.infer<typeof pickedFile>;

export const recentWorkspace = z.object({
  file: fileRef,
  displayPath: z.string(),
  title: z.string(),
  mode: workspaceMode,
  lastOpenedAt: z.string(),
  /** False when nothing is at the path any more: the file was moved, renamed or deleted. */
  found: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspace>;

/** Calls the host (the Electron main process, or the browser harness) answers itself. */
export const hostContract = {
  'host.info': method({
    summary: 'Which host the page runs in and the app version',
    side: 'host',
    input: z.object({}),
    output: z.object({
      kind: z.enum(['desktop', 'browser']),
      appVersion: z.string(),
      /** The file the host was started with, if any (the harness's --workspace). */
      startupFile: pickedFile.nullable(),
      /** True when files are chosen by typing a path (harness) rather than a native dialog. */
      pathEntry: z.boolean(),
    }),
  }),
  'host.pickFile': method({
    summary: 'Show a native open or save dialog',
    side: 'host',
    input: z.object({
      purpose: z.enum(FILE_PURPOSES),
      mode: z.enum(['open', 'save']),
      title: z.string().max(120),
      suggestedName: z.string().max(255).optional(),
      filters: z.array(fileFilter).max(6).optional(),
    }),
    output: pickedFile.nullable(),
  }),
  'host.recentWorkspaces': method({
    summary: 'Workspaces opened recently on this computer, newest first',
    side: 'host',
    input: z.object({}),
    output: z.array(recentWorkspace),
  }),
  'host.forgetRecent': method({
    summary: 'Remove a workspace from the recent list',
    side: 'host',
    input: z.object({ file: fileRef }),
    output: z.object({ forgotten: z.boolean() }),
    // It only names an entry of the list, and the list hands its files out for opening.
    files: { file: 'read' },
  }),
  'host.revealWorkspace': method({
    summary: 'Show the open workspace file in the system file manager',
    side: 'host',
    input: z.object({}),
    output: z.object({ revealed: z.boolean(), path: z.string() }),
  }),
} as const;
