import { z } from 'zod';
import { serviceChannel } from './channels';

/** Who a department serves: customer segments and the services they use. */

export const SEGMENT_KINDS = [
  'individual',
  'business',
  'government',
  'internal',
] as const;
export const segmentKind = z.enum(SEGMENT_KINDS);
export type SegmentKind = z.infer<typeof segmentKind>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof priority>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekday>;
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** Codes are how spreadsheets, surveys and complaints refer to a row, so they are kept exact. */
export const entityCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/,
    'a code is 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit',
  );

/** A language tag such as en, es, zh-Hant or pt-BR. */
export const languageCode = z
  .string()
  .trim()
  .regex(
    /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/,
    'a language is a code such as en, es, zh-Hant or pt-BR',
  )
  .transform((code) => {
    const [primary = '', ...rest] = code.split('-');
    return [primary.toLowerCase(), ...rest].join('-');
  });

export const requiredText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`);
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

const uniqueList = <T extends z.ZodType>(item: T, what: string, max: number) =>
  z
    .array(item)
    .max(max)
    .refine(
      (values) => new Set(values).size === values.length,
      `${what} are listed twice`,
    );

export const languageShare = z.object({
  language: languageCode,
  /** Share of the segment that prefers this language, in percent; null when unknown. */
  share: z.number().min(0).max(100).nullable().default(null),
});

export const segmentInput = z
  .object({
    code: entityCode,
    name: requiredText('The name'),
    description: optionalText(),
    kind: segmentKind.default('individual'),
    estimatedPerYear: z.number().int().min(0).max(1e10).nullable().default(null),
    languages: z.array(languageShare).max(40).default([]),
    channels: uniqueList(serviceChannel, 'channels', 6).default([]),
    priority: priority.default('medium'),
  })
  .superRefine((segment, context) => {
    const codes = segment.languages.map((entry) => entry.language);
    if (new Set(codes).size !== codes.length) {
      context.addIssue({
        code: 'custom',
        path: ['languages'],
        message: 'a language is listed twice',
      });
    }
    const total = segment.languages.reduce((sum, entry) => sum + (entry.share ?? 0), 0);
    if (total > 100.0001) {
      context.addIssue({
        code: 'custom',
        path: ['languages'],
        message: `language shares add up to ${Math.round(total * 10) / 10}%, more than 100%`,
      });
    }
  });
export type SegmentInput = z.input<typeof segmentInput>;

export const segment = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: segmentKind,
  estimatedPerYear: z.number().int().nullable(),
  languages: z.array(z.object({ language: z.string(), share: z.number().nullable() })),
  channels: z.array(serviceChannel),
  priority,
  /** Codes of the services that serve this segment. */
  services: z.array(z.string()),
  updatedAt: z.string(),
});
export type Segment = z.infer<typeof segment>;

export const serviceVolume = z.object({
  channel: serviceChannel,
  period: z.string(),
  transactions: z.number().int().min(0).max(1e12),
});
export type ServiceVolume = z.infer<typeof serviceVolume>;

export const serviceInput = z.object({
  code: entityCode,
  name: requiredText('The name'),
  description: optionalText(),
  segmentIds: uniqueList(z.number().int().positive(), 'segments', 500).default([]),
  channels: uniqueList(serviceChannel, 'channels', 6).default([]),
  peakDays: uniqueList(weekday, 'days', 7).default([]),
  /** Hours of the day (0 to 23) when demand peaks. */
  peakHours: uniqueList(z.number().int().min(0).max(23), 'hours', 24).default([]),
  peakNote: optionalText(500),
});
export type ServiceInput = z.input<typeof serviceInput>;

export const service = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  segments: z.array(
    z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  ),
  channels: z.array(serviceChannel),
  peakDays: z.array(weekday),
  peakHours: z.array(z.number().int()),
  peakNote: z.string().nullable(),
  volumes: z.array(serviceVolume),
  standardCount: z.number().int(),
  updatedAt: z.string(),
});
export type Service = z.infer<typeof service>;
