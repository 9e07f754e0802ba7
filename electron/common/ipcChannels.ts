import type { EventName } from '../../shared/contract';

/**
 * The IPC channel main sends a contract event on. Calls use the method name itself as their
 * channel; events get a prefix no method name can have, so the two never meet.
 */
export function eventChannel(event: EventName): string {
  return `pcf-event:${event}`;
}
