import { writeFileSync, renameSync, rmSync } from 'node:fs';
import {
  BLOCK_KIND_LABELS,
  languageName,
  type RenderedCompact,
} from '../../../../shared/domain/actionPlanCompact';
import { AppError } from '../../../../shared/errors';
import type { WorkspaceDb } from '../../db/connection';
import { readDepartmentProfile } from '../../workspace/repository';
import { pageTextFor } from './pageText';
import { renderCompactPage } from './render';
import {
  blocksOf,
  getDetail,
  untranslatedIn,
  versionRow,
  versionWithStatus,
} from './repository';

export interface ExportChoice {
  id: number | null;
  language: string;
  allowPartial: boolean;
}

/** The version a reader should see: the adopted compact, or before there is one, the draft. */
function chooseVersion(db: WorkspaceDb, id: number | null) {
  if (id !== null) return versionRow(db, id);
  const chosen = versionWithStatus(db, 'adopted') ?? versionWithStatus(db, 'draft');
  if (!chosen) {
    throw new AppError(
      'E_NOT_FOUND',
      'There is no compact with customers yet; start a draft first.',
    );
  }
  return chosen;
}

/**
 * Renders the compact in one language. A page never quietly mixes languages: unless the
 * caller allows a partial page, any untranslated block refuses the export and names them.
 */
export function renderCompact(db: WorkspaceDb, choice: ExportChoice): RenderedCompact {
  const row = chooseVersion(db, choice.id);
  const { blocks, ...version } = getDetail(db, row.id);
  const untranslated = untranslatedIn(blocksOf(db, row.id), choice.language);
  const pageText = pageTextFor(choice.language);
  const name = `${languageName(choice.language)} (${choice.language})`;
  if (!choice.allowPartial && (untranslated.length > 0 || !pageText)) {
    const listed = untranslated
      .slice(0, 20)
      .map((block) => `${BLOCK_KIND_LABELS[block.kind]} \u201c${block.excerpt}\u201d`);
    if (!pageText) listed.push('the page\u2019s own labels (draft notice, version line)');
    throw new AppError(
      'E_CONFLICT',
      `The compact is not fully translated into ${name}. Untranslated: ${listed.join('; ')}. ` +
        'Translate them, or allow a partial page that shows them in English and lists them.',
      { language: choice.language, untranslated },
    );
  }
  const html = renderCompactPage({
    version,
    blocks,
    language: choice.language,
    departmentName: readDepartmentProfile(db).name,
    pageText,
    untranslated,
  });
  return {
    html,
    version: version.version,
    draft: version.status === 'draft',
    language: choice.language,
    untranslated,
  };
}

/** Written under a temporary name first so a reader never opens half a page. */
export function writePage(path: string, html: string): number {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, html, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError(
      'E_FILE_NOT_FOUND',
      `The page could not be written to ${path}: ${(error as Error).message}`,
    );
  }
  return Buffer.byteLength(html, 'utf8');
}
