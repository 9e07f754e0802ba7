import { and, asc, desc, eq, max } from 'drizzle-orm';
import {
  SOURCE_LANGUAGE,
  type BlockKind,
  type CompactBlock,
  type CompactDetail,
  type CompactVersion,
  type UntranslatedBlock,
} from '../../../../shared/domain/actionPlanCompact';
import { AppError } from '../../../../shared/errors';
import type { WorkspaceDb } from '../../db/connection';
import { compactBlockTexts, compactBlocks, compactVersions } from '../../db/schema';
import { notFound, now } from '../common';

type VersionRow = typeof compactVersions.$inferSelect;

export interface BlockDraft {
  kind: BlockKind;
  standardCode: string | null;
  texts: Record<string, string>;
}

const toVersion = (row: VersionRow): CompactVersion => ({
  id: row.id,
  version: row.version,
  status: row.status,
  languages: row.languages,
  adoptedOn: row.adoptedOn,
  approvedBy: row.approvedBy,
  supersededOn: row.supersededOn,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export function listVersions(db: WorkspaceDb): CompactVersion[] {
  return db
    .select()
    .from(compactVersions)
    .orderBy(desc(compactVersions.version))
    .all()
    .map(toVersion);
}

export function versionRow(db: WorkspaceDb, id: number): VersionRow {
  const row = db.select().from(compactVersions).where(eq(compactVersions.id, id)).get();
  if (!row) throw notFound('version of the compact', id);
  return row;
}

export function versionWithStatus(
  db: WorkspaceDb,
  status: 'draft' | 'adopted',
): VersionRow | null {
  return (
    db.select().from(compactVersions).where(eq(compactVersions.status, status)).get() ??
    null
  );
}

/** Only a draft may change; an adopted or superseded compact is a record of what was promised. */
export function requireDraft(db: WorkspaceDb, id: number): VersionRow {
  const row = versionRow(db, id);
  if (row.status !== 'draft') {
    throw new AppError(
      'E_CONFLICT',
      `Version ${row.version} of the compact is ${row.status} and can no longer ` +
        `change; start a new draft.`,
    );
  }
  return row;
}

/** Translations whose recorded English source is no longer the block's English text. */
function outdatedLanguages(
  texts: Record<string, string>,
  sources: Record<string, string | null>,
): string[] {
  const english = texts[SOURCE_LANGUAGE] ?? '';
  return Object.entries(sources)
    .filter(
      ([language, source]) =>
        language !== SOURCE_LANGUAGE && source !== null && source !== english,
    )
    .map(([language]) => language)
    .sort();
}

export function blocksOf(db: WorkspaceDb, versionId: number): CompactBlock[] {
  const blocks = db
    .select()
    .from(compactBlocks)
    .where(eq(compactBlocks.versionId, versionId))
    .orderBy(asc(compactBlocks.position), asc(compactBlocks.id))
    .all();
  const texts = db
    .select({
      blockId: compactBlockTexts.blockId,
      language: compactBlockTexts.language,
      text: compactBlockTexts.text,
      sourceText: compactBlockTexts.sourceText,
    })
    .from(compactBlockTexts)
    .innerJoin(compactBlocks, eq(compactBlocks.id, compactBlockTexts.blockId))
    .where(eq(compactBlocks.versionId, versionId))
    .all();
  const byBlock = new Map<number, Record<string, string>>();
  const sources = new Map<number, Record<string, string | null>>();
  for (const { blockId, language, text, sourceText } of texts) {
    byBlock.set(blockId, { ...byBlock.get(blockId), [language]: text });
    sources.set(blockId, { ...sources.get(blockId), [language]: sourceText });
  }
  return blocks.map((block) => ({
    id: block.id,
    kind: block.kind,
    position: block.position,
    standardCode: block.standardCode,
    texts: byBlock.get(block.id) ?? {},
    outdated: outdatedLanguages(byBlock.get(block.id) ?? {}, sources.get(block.id) ?? {}),
  }));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}\u2026` : flat;
}

/** The blocks with no text in a language: a page in it would have to show something else. */
export function untranslatedIn(
  blocks: readonly CompactBlock[],
  language: string,
): UntranslatedBlock[] {
  return blocks.flatMap((block) => {
    const missing = !(block.texts[language] ?? '').trim();
    const outdated = block.outdated.includes(language);
    if (!missing && !outdated) return [];
    return [
      {
        blockId: block.id,
        kind: block.kind,
        position: block.position,
        reason: missing ? ('missing' as const) : ('outdated' as const),
        excerpt: excerpt(block.texts[SOURCE_LANGUAGE] ?? ''),
      },
    ];
  });
}

export function getDetail(db: WorkspaceDb, id: number): CompactDetail {
  const version = toVersion(versionRow(db, id));
  const blocks = blocksOf(db, id);
  const untranslated: Record<string, UntranslatedBlock[]> = {};
  for (const language of version.languages)
    untranslated[language] = untranslatedIn(blocks, language);
  return { ...version, blocks, untranslated };
}

export function touch(db: WorkspaceDb, versionId: number): void {
  db.update(compactVersions)
    .set({ updatedAt: now() })
    .where(eq(compactVersions.id, versionId))
    .run();
}

export function insertVersion(db: WorkspaceDb, languages: string[]): number {
  const latest = db
    .select({ version: max(compactVersions.version) })
    .from(compactVersions)
    .get();
  return db
    .insert(compactVersions)
    .values({
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
      languages,
      createdAt: now(),
      updatedAt: now(),
    })
    .returning({ id: compactVersions.id })
    .get().id;
}

function englishOf(db: WorkspaceDb, blockId: number): string | null {
  const row = db
    .select({ text: compactBlockTexts.text })
    .from(compactBlockTexts)
    .where(
      and(
        eq(compactBlockTexts.blockId, blockId),
        eq(compactBlockTexts.language, SOURCE_LANGUAGE),
      ),
    )
    .get();
  return row?.text ?? null;
}

/**
 * Writes texts, English first; each translation written records the English it was made
 * from. An empty text removes that language's text.
 */
export function writeTexts(
  db: WorkspaceDb,
  blockId: number,
  texts: Record<string, string>,
): void {
  const languages = Object.keys(texts).sort((a, b) =>
    a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b),
  );
  for (const language of languages) {
    const text = texts[language] ?? '';
    const where = and(
      eq(compactBlockTexts.blockId, blockId),
      eq(compactBlockTexts.language, language),
    );
    if (text.trim() === '') {
      db.delete(compactBlockTexts).where(where).run();
      continue;
    }
    const sourceText = language === SOURCE_LANGUAGE ? null : englishOf(db, blockId);
    db.insert(compactBlockTexts)
      .values({ blockId, language, text, sourceText })
      .onConflictDoUpdate({
        target: [compactBlockTexts.blockId, compactBlockTexts.language],
        set: { text, sourceText },
      })
      .run();
  }
}

export function insertBlock(
  db: WorkspaceDb,
  versionId: number,
  position: number,
  block: BlockDraft,
): number {
  const id = db
    .insert(compactBlocks)
    .values({ versionId, kind: block.kind, position, standardCode: block.standardCode })
    .returning({ id: compactBlocks.id })
    .get().id;
  writeTexts(db, id, block.texts);
  return id;
}

export function blockRow(db: WorkspaceDb, blockId: number) {
  const row = db.select().from(compactBlocks).where(eq(compactBlocks.id, blockId)).get();
  if (!row) throw notFound('block of the compact', blockId);
  return row;
}

/** Renumbers a version's blocks 0, 1, 2 … in the given order. */
export function renumber(db: WorkspaceDb, orderedIds: number[]): void {
  orderedIds.forEach((id, position) => {
    db.update(compactBlocks).set({ position }).where(eq(compactBlocks.id, id)).run();
  });
}

export function deleteBlockRow(db: WorkspaceDb, blockId: number): void {
  db.delete(compactBlocks).where(eq(compactBlocks.id, blockId)).run();
}

export function setVersionLanguages(
  db: WorkspaceDb,
  id: number,
  languages: string[],
): void {
  db.update(compactVersions)
    .set({ languages, updatedAt: now() })
    .where(eq(compactVersions.id, id))
    .run();
}

export function markAdopted(
  db: WorkspaceDb,
  id: number,
  adoptedOn: string,
  approvedBy: string,
): void {
  const previous = versionWithStatus(db, 'adopted');
  if (previous) {
    db.update(compactVersions)
      .set({ status: 'superseded', supersededOn: adoptedOn, updatedAt: now() })
      .where(eq(compactVersions.id, previous.id))
      .run();
  }
  db.update(compactVersions)
    .set({ status: 'adopted', adoptedOn, approvedBy, updatedAt: now() })
    .where(eq(compactVersions.id, id))
    .run();
}

export function deleteVersion(db: WorkspaceDb, id: number): boolean {
  return db.delete(compactVersions).where(eq(compactVersions.id, id)).run().changes > 0;
}
