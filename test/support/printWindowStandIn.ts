/**
 * Stands in for Electron's BrowserWindow in main-process tests that print to PDF: it
 * records how each window was made and what it loaded, and prints what a test asks it to.
 * Use it as `vi.mock('electron', () => import('../../support/printWindowStandIn'))`.
 */
export interface PrintWindowRecord {
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  loaded: string | null;
  destroyed: boolean;
}

export const printWindows: PrintWindowRecord[] = [];

/** What the next printToPDF call gives back; a test may set it to a failure. */
export const printing: { next: () => Promise<Buffer> } = {
  next: () => Promise.resolve(Buffer.from('%PDF-1.7 stand-in')),
};

export function resetPrintWindows(): void {
  printWindows.length = 0;
  printing.next = () => Promise.resolve(Buffer.from('%PDF-1.7 stand-in'));
}

export const app = { isPackaged: true };

export class BrowserWindow {
  private readonly record: PrintWindowRecord;
  readonly webContents = { printToPDF: () => printing.next() };

  constructor(options: PrintWindowRecord['options']) {
    this.record = { options, loaded: null, destroyed: false };
    printWindows.push(this.record);
  }

  loadURL(url: string): Promise<void> {
    this.record.loaded = url;
    return Promise.resolve();
  }

  destroy(): void {
    this.record.destroyed = true;
  }
}
