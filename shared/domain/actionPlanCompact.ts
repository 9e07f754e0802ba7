import { z } from 'zod';
import { languageCode, requiredText } from './actionPlan';
import { isoDate } from './workspace';

/** The compact with customers: a versioned, translatable written commitment. */

export const COMPACT_STATUSES = ['draft', 'adopted', 'superseded'] as const;
export const compactStatus = z.enum(COMPACT_STATUSES);
export type CompactStatus = z.infer<typeof compactStatus>;

export const BLOCK_KINDS = [
  'title',
  'heading',
  'introduction',
  'promise',
  'standard',
  'contact',
  'complaints',
  'closing',
] as const;
export const blockKind = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof blockKind>;

export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  title: 'Title',
  heading: 'Section heading',
  introduction: 'Introduction',
  promise: 'Our promise',
  standard: 'Service standard',
  contact: 'How to reach us',
  complaints: 'How to complain and what happens next',
  closing: 'Closing',
};

/** The language every compact is written in first; translations are made from it. */
export const SOURCE_LANGUAGE = 'en';

/** Names shown for the languages coordinators use most; any other code is shown as is. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  zh: '中文',
  'zh-Hant': '中文（繁體）',
  'zh-Hans': '中文（简体）',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  hy: 'Հայերեն',
  fa: 'فارسی',
  ru: 'Русский',
  ar: 'العربية',
  pa: 'ਪੰਜਾਬੀ',
  hmn: 'Hmoob',
  ja: '日本語',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

export const MAX_BLOCK_TEXT = 5000;

export const blockTexts = z
  .record(
    z.string(),
    z.string().max(MAX_BLOCK_TEXT, `a block is at most ${MAX_BLOCK_TEXT} characters`),
  )
  .superRefine((texts, context) => {
    for (const key of Object.keys(texts)) {
      if (!languageCode.safeParse(key).success) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} is not a language code`,
        });
      }
    }
  });

export const compactBlock = z.object({
  id: z.number().int(),
  kind: blockKind,
  position: z.number().int(),
  /** The standard a standard block quotes, by code. */
  standardCode: z.string().nullable(),
  texts: z.record(z.string(), z.string()),
  /** Languages whose translation was made from an older English text. */
  outdated: z.array(z.string()),
});
export type CompactBlock = z.infer<typeof compactBlock>;

export const compactVersion = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: compactStatus,
  languages: z.array(z.string()),
  adoptedOn: z.string().nullable(),
  approvedBy: z.string().nullable(),
  supersededOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CompactVersion = z.infer<typeof compactVersion>;

export const untranslatedBlock = z.object({
  blockId: z.number().int(),
  kind: blockKind,
  position: z.number().int(),
  /** No text in the language, or a translation of an English text that has since changed. */
  reason: z.enum(['missing', 'outdated']),
  /** The English text, shortened, so a reader knows which block it is. */
  excerpt: z.string(),
});
export type UntranslatedBlock = z.infer<typeof untranslatedBlock>;

export const compactDetail = compactVersion.extend({
  blocks: z.array(compactBlock),
  /** For each offered language, the blocks that have no text in it yet. */
  untranslated: z.record(z.string(), z.array(untranslatedBlock)),
});
export type CompactDetail = z.infer<typeof compactDetail>;

export const languageList = z
  .array(languageCode)
  .min(1)
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, 'a language is listed twice')
  .refine((codes) => codes.includes(SOURCE_LANGUAGE), 'English is always offered');

export const adoption = z.object({
  adoptedOn: isoDate,
  approvedBy: requiredText('Who approved it'),
});

export const renderedCompact = z.object({
  html: z.string(),
  version: z.number().int(),
  draft: z.boolean(),
  language: z.string(),
  /** Blocks shown in English because they are not translated; only with allowPartial. */
  untranslated: z.array(untranslatedBlock),
});
export type RenderedCompact = z.infer<typeof renderedCompact>;
