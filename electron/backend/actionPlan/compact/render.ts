import {
  BLOCK_KIND_LABELS,
  SOURCE_LANGUAGE,
  languageName,
  type CompactBlock,
  type CompactVersion,
  type UntranslatedBlock,
} from '../../../../shared/domain/actionPlanCompact';
import { ENGLISH_PAGE_TEXT, directionOf, type PageText } from './pageText';

export interface PageInput {
  version: CompactVersion;
  blocks: readonly CompactBlock[];
  language: string;
  departmentName: string;
  /** The page's own words in the language, or null to show them in English. */
  pageText: PageText | null;
  /** Blocks shown in English, listed on the page. */
  untranslated: readonly UntranslatedBlock[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Print-first styles: black on white, a readable measure, no colour carrying meaning alone. */
const STYLES = `
:root { color: #111; background: #fff; }
body { font: 12pt/1.5 Georgia, "Times New Roman", serif; margin: 0; }
main { max-width: 42rem; margin: 2rem auto; padding: 0 1.5rem; }
.department { font: 600 11pt/1.3 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; margin: 0; }
h1 { font-size: 22pt; line-height: 1.2; margin: .4rem 0 .6rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #555; padding-bottom: .15rem; }
.meta { font: 10pt/1.4 system-ui, sans-serif; color: #333; margin: 0 0 1.2rem; }
.draft { border: 3px double #111; padding: .5rem .8rem; font: 700 12pt/1.4 system-ui, sans-serif; }
.standards li { margin: .3rem 0; }
.contact { white-space: pre-line; }
.partial { border: 1px dashed #111; padding: .5rem .8rem; margin-top: 2rem; font-size: 10pt; }
@page { margin: 18mm; }
@media print { main { margin: 0 auto; } h2 { break-after: avoid; } li, p { break-inside: avoid; } }
`;

const paragraphs = (text: string, extra = '') =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => `<p${extra}>${escapeHtml(part)}</p>`)
    .join('\n');

/** A block's text in the page language, or in English marked as such. */
function textOf(
  block: CompactBlock,
  language: string,
): { text: string; lang: string | null } {
  const own = (block.texts[language] ?? '').trim();
  if (own && !block.outdated.includes(language)) return { text: own, lang: null };
  return { text: (block.texts[SOURCE_LANGUAGE] ?? '').trim(), lang: SOURCE_LANGUAGE };
}

function renderBlock(block: CompactBlock, language: string): string {
  const { text, lang } = textOf(block, language);
  const attribute = lang ? ` lang="${lang}"` : '';
  switch (block.kind) {
    case 'title':
      return `<h1${attribute}>${escapeHtml(text)}</h1>`;
    case 'heading':
      return `<h2${attribute}>${escapeHtml(text)}</h2>`;
    case 'standard':
      return `<li${attribute}>${escapeHtml(text)}</li>`;
    case 'contact':
      return `<p class="contact"${attribute}>${escapeHtml(text)}</p>`;
    case 'introduction':
    case 'promise':
    case 'complaints':
    case 'closing':
      return paragraphs(text, attribute);
    default: {
      const unreachable: never = block.kind;
      throw new Error(`Unexpected block kind ${String(unreachable)}`);
    }
  }
}

/** Consecutive standard blocks form one list, so a screen reader announces how many there are. */
function renderBlocks(blocks: readonly CompactBlock[], language: string): string {
  const parts: string[] = [];
  let inList = false;
  for (const block of blocks) {
    const isStandard = block.kind === 'standard';
    if (isStandard && !inList) parts.push('<ul class="standards">');
    if (!isStandard && inList) parts.push('</ul>');
    inList = isStandard;
    parts.push(renderBlock(block, language));
  }
  if (inList) parts.push('</ul>');
  return parts.join('\n');
}

function metaLine(version: CompactVersion, words: PageText): string {
  const parts = [words.version(version.version)];
  if (version.status !== 'draft' && version.adoptedOn) {
    parts.push(words.adopted(version.adoptedOn, version.approvedBy ?? ''));
  }
  return parts.map(escapeHtml).join(' · ');
}

function partialNotice(
  untranslated: readonly UntranslatedBlock[],
  words: PageText,
  lang: string,
): string {
  if (untranslated.length === 0) return '';
  const items = untranslated
    .map((block) => {
      const note = block.reason === 'outdated' ? ` (${escapeHtml(words.outdated)})` : '';
      return (
        `<li>${escapeHtml(BLOCK_KIND_LABELS[block.kind])}: ` +
        `${escapeHtml(block.excerpt)}${note}</li>`
      );
    })
    .join('\n');
  return `<section class="partial"${lang} aria-labelledby="partial-heading">
<h2 id="partial-heading">${escapeHtml(words.partialHeading)}</h2>
<p>${escapeHtml(words.partialNote)}</p>
<ul>
${items}
</ul>
</section>`;
}

/** One self-contained page: inline styles, no scripts, no external resources, every text escaped. */
export function renderCompactPage(input: PageInput): string {
  const { version, blocks, language } = input;
  const words = input.pageText ?? ENGLISH_PAGE_TEXT;
  const wordsLang = input.pageText ? '' : ` lang="${SOURCE_LANGUAGE}"`;
  const title = blocks.find((block) => block.kind === 'title');
  const titleText = title ? textOf(title, language).text : input.departmentName;
  const draft = version.status === 'draft';
  const languages = version.languages
    .map((code) => escapeHtml(languageName(code)))
    .join(', ');
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${draft ? `${escapeHtml(words.draft)}: ` : ''}${escapeHtml(titleText)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${
  draft
    ? `<p class="draft" ` +
      `role="note"${wordsLang}>${escapeHtml(words.draft.toUpperCase())}. ${escapeHtml(words.draftNote)}</p>`
    : ''
}
<p class="department">${escapeHtml(input.departmentName)}</p>
${title ? '' : `<h1>${escapeHtml(input.departmentName)}</h1>`}
${renderBlocks(blocks, language)}
<p class="meta"${wordsLang}>${escapeHtml(words.languages)}: ${languages}.</p>
<p class="meta"${wordsLang}>${metaLine(version, words)}</p>
${partialNotice(input.untranslated, words, wordsLang)}
</main>
</body>
</html>
`;
}
