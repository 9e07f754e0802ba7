import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../electron/common/logger';
import type { CallResult } from '../../../shared/errors';
import {
  printing,
  printWindows,
  resetPrintWindows,
} from '../../support/printWindowStandIn';
import { makeTempDir } from '../../support/temp';

vi.mock('electron', () => import('../../support/printWindowStandIn'));

const { printHtmlToPdf } = await import('../../../electron/main/pdfExport');
const { createSurveyFormPdfExporter } =
  await import('../../../electron/main/surveyFormPdf');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('pcf-pdf-');
  resetPrintWindows();
});
afterEach(() => temp.cleanup());

describe('printing a page to PDF', () => {
  it('prints in a hidden window without preload or scripts and writes the file', async () => {
    const path = temp.path('page.pdf');

    const bytes = await printHtmlToPdf('<!doctype html><p>Form</p>', path);

    expect(bytes).toBe(17);
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 stand-in');
    const [window] = printWindows;
    expect(printWindows).toHaveLength(1);
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.loaded?.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(window?.loaded ?? '')).toContain('<p>Form</p>');
    expect(window?.destroyed).toBe(true);
  });

  it('leaves no file and closes the window when printing fails', async () => {
    const path = temp.path('page.pdf');
    printing.next = () => Promise.reject(new Error('printing failed'));

    const error = await printHtmlToPdf('<p>Form</p>', path).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ message: 'printing failed' });
    expect(readdirSync(temp.dir)).toEqual([]);
    expect(printWindows[0]?.destroyed).toBe(true);
  });

  it('names the path and leaves no partial file when the folder cannot be written', async () => {
    const path = temp.path('missing-folder/page.pdf');

    const error = await printHtmlToPdf('<p>Form</p>', path).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ code: 'E_FILE_NOT_FOUND' });
    expect((error as Error).message).toContain(path);
    expect(readdirSync(temp.dir)).toEqual([]);
    expect(printWindows[0]?.destroyed).toBe(true);
  });
});

const form: CallResult<unknown> = {
  ok: true,
  value: { html: '<!doctype html><h1>Encuesta</h1>', title: 'Encuesta' },
};

describe('printing a survey paper form to PDF', () => {
  it('prints the form the backend rendered in the chosen language', async () => {
    const path = temp.path('form-es.pdf');
    const relay = vi.fn(() => Promise.resolve(form));
    const exportPdf = createSurveyFormPdfExporter({ relay, log: silentLogger });

    const result = await exportPdf({ id: '3', language: 'es', file: path });

    expect(relay).toHaveBeenCalledWith('surveys.paperForm', { id: '3', language: 'es' });
    expect(result).toEqual({ path, bytes: 17 });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 stand-in');
    expect(decodeURIComponent(printWindows[0]?.loaded ?? '')).toContain(
      '<h1>Encuesta</h1>',
    );
  });

  it('passes on the backend refusal and neither opens a window nor writes', async () => {
    const path = temp.path('form.pdf');
    const refusal: CallResult<unknown> = {
      ok: false,
      error: { code: 'E_NOT_FOUND', message: 'There is no survey 9.' },
    };
    const exportPdf = createSurveyFormPdfExporter({
      relay: () => Promise.resolve(refusal),
      log: silentLogger,
    });

    const error = await exportPdf({ id: '9', language: 'en', file: path }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({
      code: 'E_NOT_FOUND',
      message: 'There is no survey 9.',
    });
    expect(existsSync(path)).toBe(false);
    expect(printWindows).toHaveLength(0);
  });
});
