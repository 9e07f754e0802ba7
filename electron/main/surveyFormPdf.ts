import type { MethodOutput, ParsedInput } from '../../shared/contract';
import type { Logger } from '../common/logger';
import type { BackendRelay } from './ipcRegistry';
import { backendValue, printHtmlToPdf } from './pdfExport';

export type SurveyFormPdfInput = ParsedInput<'host.exportSurveyFormPdf'>;
export type SurveyFormPdfOutput = MethodOutput<'host.exportSurveyFormPdf'>;

export interface SurveyFormPdfDependencies {
  relay: BackendRelay;
  log: Logger;
}

/** Prints a survey's paper form, rendered by the backend exactly as the HTML form, to PDF. */
export function createSurveyFormPdfExporter(deps: SurveyFormPdfDependencies) {
  return async (input: SurveyFormPdfInput): Promise<SurveyFormPdfOutput> => {
    // The registry has already checked the page's id was granted for saving to.
    const path = input.file;
    const form = await backendValue(deps.relay, 'surveys.paperForm', {
      id: input.id,
      language: input.language,
    });
    const bytes = await printHtmlToPdf(form.html, path);
    deps.log.info('survey form printed to PDF', {
      survey: input.id,
      language: input.language,
      bytes,
    });
    return { path, bytes };
  };
}
