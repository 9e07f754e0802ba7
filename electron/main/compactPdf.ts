import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { MethodOutput, ParsedInput } from '../../shared/contract';
import type { RenderedCompact } from '../../shared/domain/actionPlanCompact';
import { AppError } from '../../shared/errors';
import type { Logger } from '../common/logger';
import type { BackendRelay } from './ipcRegistry';
import { createPrintWindow } from './windowOptions';

export type CompactPdfInput = ParsedInput<'host.exportCompactPdf'>;
export type CompactPdfOutput = MethodOutput<'host.exportCompactPdf'>;

export interface CompactPdfDependencies {
  relay: BackendRelay;
  log: Logger;
}

async function renderedPage(
  relay: BackendRelay,
  input: CompactPdfInput,
): Promise<RenderedCompact> {
  const result = await relay('compact.render', {
    id: input.id,
    language: input.language,
    allowPartial: input.allowPartial,
  });
  if (!result.ok)
    throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as RenderedCompact;
}

function writeAtomically(path: string, bytes: Buffer): void {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError(
      'E_FILE_NOT_FOUND',
      `The PDF could not be written to ${path}: ${(error as Error).message}`,
    );
  }
}

/**
 * Prints the compact's page to PDF through Chromium. The page is rendered by the backend
 * exactly as the HTML export, so the two never disagree, and it carries no scripts.
 */
export function createCompactPdfExporter(deps: CompactPdfDependencies) {
  return async (input: CompactPdfInput): Promise<CompactPdfOutput> => {
    // The registry has already checked the page's id was granted for saving to.
    const path = input.file;
    const page = await renderedPage(deps.relay, input);
    // Hidden, no preload and no scripts: it shows one self-contained page and needs no bridge.
    const window = createPrintWindow();
    try {
      await window.loadURL(
        `data:text/html;charset=utf-8,${encodeURIComponent(page.html)}`,
      );
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      writeAtomically(path, pdf);
      deps.log.info('compact printed to PDF', {
        version: page.version,
        language: page.language,
        bytes: pdf.length,
      });
      return { path, bytes: pdf.length, draft: page.draft };
    } finally {
      window.destroy();
    }
  };
}
