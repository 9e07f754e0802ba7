import type { MethodOutput, ParsedInput } from '../../shared/contract';
import type { Logger } from '../common/logger';
import type { BackendRelay } from './ipcRegistry';
import { backendValue, printHtmlToPdf } from './pdfExport';

export type CompactPdfInput = ParsedInput<'host.exportCompactPdf'>;
export type CompactPdfOutput = MethodOutput<'host.exportCompactPdf'>;

export interface CompactPdfDependencies {
  relay: BackendRelay;
  log: Logger;
}

/** Prints the compact's page, rendered by the backend exactly as the HTML export, to PDF. */
export function createCompactPdfExporter(deps: CompactPdfDependencies) {
  return async (input: CompactPdfInput): Promise<CompactPdfOutput> => {
    // The registry has already checked the page's id was granted for saving to.
    const path = input.file;
    const page = await backendValue(deps.relay, 'compact.render', {
      id: input.id,
      language: input.language,
      allowPartial: input.allowPartial,
    });
    const bytes = await printHtmlToPdf(page.html, path);
    deps.log.info('compact printed to PDF', {
      version: page.version,
      language: page.language,
      bytes,
    });
    return { path, bytes, draft: page.draft };
  };
}
