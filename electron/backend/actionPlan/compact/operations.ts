import type {
  BlockKind,
  CompactDetail,
} from '../../../../shared/domain/actionPlanCompact';
import {
  SOURCE_LANGUAGE,
  languageName,
} from '../../../../shared/domain/actionPlanCompact';
import { AppError } from '../../../../shared/errors';
import type { WorkspaceDb } from '../../db/connection';
import { readDepartmentProfile } from '../../workspace/repository';
import { listStandards } from '../standards';
import {
  blockRow,
  blocksOf,
  deleteBlockRow,
  getDetail,
  insertBlock,
  insertVersion,
  markAdopted,
  renumber,
  requireDraft,
  touch,
  untranslatedIn,
  versionWithStatus,
  writeTexts,
} from './repository';
import { publishedStandards, standardBlock, starterBlocks } from './starter';

/** A new draft copies the adopted compact, so an amendment starts from what is in force. */
export function createDraft(db: WorkspaceDb): CompactDetail {
  const existing = versionWithStatus(db, 'draft');
  if (existing) {
    throw new AppError(
      'E_CONFLICT',
      `Version ${existing.version} is already a draft; edit it or discard it first.`,
    );
  }
  const adopted = versionWithStatus(db, 'adopted');
  const id = insertVersion(db, adopted?.languages ?? [SOURCE_LANGUAGE]);
  const blocks = adopted
    ? blocksOf(db, adopted.id)
    : starterBlocks(readDepartmentProfile(db), listStandards(db));
  blocks.forEach((block, position) => insertBlock(db, id, position, block));
  return getDetail(db, id);
}

export function saveBlock(
  db: WorkspaceDb,
  versionId: number,
  blockId: number | null,
  kind: BlockKind,
  texts: Record<string, string>,
): CompactDetail {
  requireDraft(db, versionId);
  if (blockId === null) {
    insertBlock(db, versionId, blocksOf(db, versionId).length, {
      kind,
      standardCode: null,
      texts,
    });
  } else {
    const row = blockRow(db, blockId);
    if (row.versionId !== versionId)
      throw new AppError('E_INPUT', 'That block belongs to another version.');
    writeTexts(db, blockId, texts);
  }
  touch(db, versionId);
  return getDetail(db, versionId);
}

export function deleteBlock(db: WorkspaceDb, blockId: number): CompactDetail {
  const row = blockRow(db, blockId);
  requireDraft(db, row.versionId);
  deleteBlockRow(db, blockId);
  renumber(
    db,
    blocksOf(db, row.versionId).map((block) => block.id),
  );
  touch(db, row.versionId);
  return getDetail(db, row.versionId);
}

export function moveBlock(
  db: WorkspaceDb,
  blockId: number,
  direction: 'up' | 'down',
): CompactDetail {
  const row = blockRow(db, blockId);
  requireDraft(db, row.versionId);
  const ids = blocksOf(db, row.versionId).map((block) => block.id);
  const from = ids.indexOf(blockId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to >= 0 && to < ids.length) {
    [ids[from], ids[to]] = [ids[to] as number, ids[from] as number];
    renumber(db, ids);
    touch(db, row.versionId);
  }
  return getDetail(db, row.versionId);
}

/**
 * Brings the draft's standard blocks in line with the published standards. A block whose
 * English wording is unchanged keeps its translations; a changed one loses them, so the
 * draft shows it as untranslated instead of offering a translation of the old promise.
 */
export function syncStandards(db: WorkspaceDb, versionId: number): CompactDetail {
  requireDraft(db, versionId);
  const published = publishedStandards(listStandards(db));
  const blocks = blocksOf(db, versionId);
  const wanted = new Set(published.map((standard) => standard.code));
  for (const block of blocks) {
    if (
      block.kind === 'standard' &&
      (!block.standardCode || !wanted.has(block.standardCode))
    ) {
      deleteBlockRow(db, block.id);
    }
  }
  const kept = blocksOf(db, versionId);
  const order = kept.map((block) => block.id);
  let insertAt = lastStandardIndex(kept);
  for (const standard of published) {
    const current = kept.find(
      (block) => block.kind === 'standard' && block.standardCode === standard.code,
    );
    if (!current) {
      insertAt += 1;
      order.splice(
        insertAt,
        0,
        insertBlock(db, versionId, insertAt, standardBlock(standard)),
      );
      continue;
    }
    if (current.texts[SOURCE_LANGUAGE] !== standard.wording) {
      const cleared = Object.fromEntries(
        Object.keys(current.texts).map((language) => [language, '']),
      );
      writeTexts(db, current.id, {
        ...cleared,
        [SOURCE_LANGUAGE]: standard.wording ?? '',
      });
    }
  }
  renumber(db, order);
  touch(db, versionId);
  return getDetail(db, versionId);
}

function lastStandardIndex(blocks: readonly { kind: BlockKind }[]): number {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    if (blocks[index]?.kind === 'standard') return index;
  }
  // With no standard block yet there is no right place to guess; the end is easy to find.
  return blocks.length - 1;
}

/** A compact is adopted whole: every language it is offered in must be complete. */
export function adopt(
  db: WorkspaceDb,
  id: number,
  adoptedOn: string,
  approvedBy: string,
): CompactDetail {
  const draft = requireDraft(db, id);
  const blocks = blocksOf(db, id);
  if (blocks.length === 0)
    throw new AppError('E_CONFLICT', 'An empty compact cannot be adopted.');
  const gaps = draft.languages
    .map((language) => ({ language, missing: untranslatedIn(blocks, language).length }))
    .filter((gap) => gap.missing > 0);
  if (gaps.length > 0) {
    const list = gaps
      .map(
        (gap) => `${languageName(gap.language)} (${gap.language}): ${gap.missing} blocks`,
      )
      .join('; ');
    throw new AppError(
      'E_CONFLICT',
      `The compact is offered in languages it is not fully written in: ${list}. ` +
        `Translate those blocks or stop offering the language.`,
      { untranslated: gaps },
    );
  }
  markAdopted(db, id, adoptedOn, approvedBy);
  return getDetail(db, id);
}
