import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { BackendMethodName, MethodInput, MethodOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { BackendRelay } from './ipcRegistry';
import { createPrintWindow } from './windowOptions';

/** Asks the backend for a page and turns a refusal into the error the page should see. */
export async function backendValue<M extends BackendMethodName>(
  relay: BackendRelay,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await relay(method, input);
  if (!result.ok)
    throw new AppError(result.error.code, result.error.message, result.error.details);
  // The backend's dispatcher has already checked the value against the output schema.
  return result.value as MethodOutput<M>;
}

/** The PDF appears whole or not at all, even if the disk fills part-way. */
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
 * Prints a self-contained page the backend rendered to a PDF at a path main granted for
 * saving, and returns its size. The page is the same one the HTML export writes, so the
 * two never disagree.
 */
export async function printHtmlToPdf(html: string, path: string): Promise<number> {
  // Hidden, no preload and no scripts: it shows one self-contained page and needs no bridge.
  const window = createPrintWindow();
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    writeAtomically(path, pdf);
    return pdf.length;
  } finally {
    window.destroy();
  }
}
