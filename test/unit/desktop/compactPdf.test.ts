import { existsSync, readFileSync } from 'node:fs';
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

const { createCompactPdfExporter } = await import('../../../electron/main/compactPdf');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('pcf-pdf-');
  resetPrintWindows();
  printing.next = () => Promise.resolve(Buffer.from('%PDF-1.7 compact'));
});
afterEach(() => temp.cleanup());

const rendered: CallResult<unknown> = {
  ok: true,
  value: {
    html: '<!doctype html><p>Hola</p>',
    version: 2,
    draft: false,
    language: 'es',
    untranslated: [],
  },
};

const input = (file: string) => ({ file, id: null, language: 'es', allowPartial: false });

describe('printing the compact to PDF', () => {
  it('prints the backend-rendered page in a hidden window without preload or scripts', async () => {
    const path = temp.path('compact.pdf');
    const relay = vi.fn(() => Promise.resolve(rendered));
    const exportPdf = createCompactPdfExporter({ relay, log: silentLogger });

    const result = await exportPdf(input(path));

    expect(relay).toHaveBeenCalledWith('compact.render', {
      id: null,
      language: 'es',
      allowPartial: false,
    });
    expect(result).toEqual({ path, bytes: 16, draft: false });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 compact');
    const [window] = printWindows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(decodeURIComponent(window?.loaded ?? '')).toContain('<p>Hola</p>');
    expect(window?.destroyed).toBe(true);
  });

  it('passes on the backend refusal of an untranslated language and writes nothing', async () => {
    const path = temp.path('compact.pdf');
    const refusal: CallResult<unknown> = {
      ok: false,
      error: {
        code: 'E_CONFLICT',
        message: 'The compact is not fully translated into Español (es).',
      },
    };
    const exportPdf = createCompactPdfExporter({
      relay: () => Promise.resolve(refusal),
      log: silentLogger,
    });

    const error = await exportPdf(input(path)).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'E_CONFLICT' });
    expect(existsSync(path)).toBe(false);
    expect(printWindows).toHaveLength(0);
  });
});
