import { z } from 'zod';

/** Progress of one long call, sent at most a few times a second. */
export const progressEvent = z.object({
  jobId: z.string(),
  method: z.string(),
  phase: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
});
export type ProgressEvent = z.infer<typeof progressEvent>;

/** Something changed in the open workspace that other screens may show. */
export const workspaceChangedEvent = z.object({
  reason: z.enum(['opened', 'closed', 'updated']),
});

export const events = {
  progress: progressEvent,
  workspaceChanged: workspaceChangedEvent,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
