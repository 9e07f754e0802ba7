import { z } from 'zod';
import { languageCode } from '../domain/actionPlan';
import {
  adoption,
  blockKind,
  blockTexts,
  compactDetail,
  compactVersion,
  languageList,
  renderedCompact,
} from '../domain/actionPlanCompact';
import { fileRef, method } from './define';

const versionId = z.number().int().positive();

/** Which version to export: a given one, or by default the adopted compact, else the draft. */
const exportChoice = {
  id: versionId.nullable().default(null),
  language: languageCode.default('en'),
  /** Allows a page whose untranslated blocks are shown in English and listed on the page. */
  allowPartial: z.boolean().default(false),
};

export const compactContract = {
  'compact.list': method({
    summary: 'Every version of the compact with customers, newest first',
    input: z.object({}),
    output: z.array(compactVersion),
  }),
  'compact.get': method({
    summary: 'One version of the compact with its blocks and translations',
    input: z.object({ id: versionId }),
    output: compactDetail,
  }),
  'compact.createDraft': method({
    summary:
      'Start a draft from the adopted compact, or from a starter text and the published standards',
    input: z.object({}),
    output: compactDetail,
  }),
  'compact.discardDraft': method({
    summary: 'Throw away the current draft',
    input: z.object({ id: versionId }),
    output: z.object({ deleted: z.boolean() }),
  }),
  'compact.setLanguages': method({
    summary: 'Choose the languages the draft is offered in',
    input: z.object({ id: versionId, languages: languageList }),
    output: compactDetail,
  }),
  'compact.saveBlock': method({
    summary:
      'Add a block to the draft, or change a block\u2019s text in one or more languages',
    input: z.object({
      versionId,
      blockId: z.number().int().positive().nullable().default(null),
      kind: blockKind,
      texts: blockTexts,
    }),
    output: compactDetail,
  }),
  'compact.deleteBlock': method({
    summary: 'Remove a block from the draft',
    input: z.object({ blockId: z.number().int().positive() }),
    output: compactDetail,
  }),
  'compact.moveBlock': method({
    summary: 'Move a block of the draft up or down',
    input: z.object({
      blockId: z.number().int().positive(),
      direction: z.enum(['up', 'down']),
    }),
    output: compactDetail,
  }),
  'compact.syncStandards': method({
    summary:
      'Replace the draft\u2019s standard blocks with the public wording of the published standards',
    input: z.object({ id: versionId }),
    output: compactDetail,
  }),
  'compact.adopt': method({
    summary: 'Adopt the draft; the compact adopted before it is superseded',
    input: z.object({ id: versionId }).extend(adoption.shape),
    output: compactDetail,
  }),
  'compact.render': method({
    summary: 'The compact as a self-contained, print-ready HTML page',
    input: z.object(exportChoice),
    output: renderedCompact,
  }),
  'compact.exportHtml': method({
    summary: 'Write the compact as a self-contained, print-ready HTML page',
    input: z.object({ file: fileRef, ...exportChoice }),
    output: renderedCompact
      .omit({ html: true })
      .extend({ path: z.string(), bytes: z.number().int() }),
    files: { file: 'write' },
    filePurposes: ['save-export'],
  }),
} as const;

/** Answered by the desktop host, which prints the rendered page through Chromium. */
export const compactHostContract = {
  'host.exportCompactPdf': method({
    summary: 'Write the compact as a PDF (desktop app only)',
    side: 'host',
    input: z.object({ file: fileRef, ...exportChoice }),
    output: z.object({ path: z.string(), bytes: z.number().int(), draft: z.boolean() }),
    files: { file: 'write' },
    filePurposes: ['save-export'],
  }),
} as const;
