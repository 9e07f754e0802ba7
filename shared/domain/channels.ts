import { z } from 'zod';

/** The ways a customer reaches a department. Surveys may also record `other`. */
export const SERVICE_CHANNELS = [
  'in-person',
  'phone',
  'web',
  'mail',
  'email',
  'chat',
] as const;
export const serviceChannel = z.enum(SERVICE_CHANNELS);
export type ServiceChannel = z.infer<typeof serviceChannel>;

export const RESPONSE_CHANNELS = [...SERVICE_CHANNELS, 'other'] as const;
export const responseChannel = z.enum(RESPONSE_CHANNELS);
export type ResponseChannel = z.infer<typeof responseChannel>;

export const CHANNEL_LABELS: Record<ResponseChannel, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  web: 'Web',
  mail: 'Mail',
  email: 'Email',
  chat: 'Chat',
  other: 'Other',
};
