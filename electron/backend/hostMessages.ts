import { z } from 'zod';
import type { EventName } from '../../shared/contract';
import type { CallResult } from '../../shared/errors';

/**
 * Messages between the desktop main process and the backend's utility process. Both sides are
 * the app's own code, yet each message is still checked, because a malformed one would
 * otherwise leave a call waiting forever.
 */
export const toBackendMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('call'),
    id: z.number().int().nonnegative(),
    method: z.string().max(200),
    input: z.unknown(),
  }),
  z.object({ type: z.literal('shutdown') }),
]);
export type ToBackendMessage = z.infer<typeof toBackendMessage>;

export type FromBackendMessage =
  | { type: 'result'; id: number; result: CallResult<unknown> }
  | { type: 'event'; event: EventName; payload: unknown };

export const fromBackendMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('result'),
    id: z.number().int().nonnegative(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({
        ok: z.literal(false),
        error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
      }),
    ]),
  }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
]);

/** The command-line switch main uses to tell the backend where to write its log. */
export const LOG_FILE_SWITCH = '--pcf-log-file=';
