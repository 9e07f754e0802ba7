import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repository = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repository, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name))
    .map((entry) => relative(repository, join(entry.parentPath, entry.name)));
}

/** Comments may name what the code must not do; only code is scanned. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const electronSources = sourceFiles('electron').map((file) => ({
  file,
  text: withoutComments(readFileSync(join(repository, file), 'utf8')),
}));

const INSECURE_PREFERENCES = [
  /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
  /contextIsolation\s*:\s*false/,
  /sandbox\s*:\s*false/,
  /webSecurity\s*:\s*false/,
  /allowRunningInsecureContent\s*:\s*true/,
  /experimentalFeatures\s*:\s*true/,
  /webviewTag\s*:\s*true/,
  /enableBlinkFeatures\s*:/,
  /enableRemoteModule\s*:/,
  /disableBlinkFeatures\s*:\s*['"]{2}/,
];

describe('the desktop sources', () => {
  it('are found by the scan', () => {
    expect(electronSources.map((source) => source.file)).toContain(
      join('electron', 'main', 'windowOptions.ts'),
    );
  });

  it('create windows only in the window options factory', () => {
    const creators = electronSources
      .filter((source) => /new\s+(\w+\.)?BrowserWindow\s*\(/.test(source.text))
      .map((source) => source.file);

    expect(
      creators,
      'make windows with createAppWindow or createPrintWindow from electron/main/windowOptions.ts',
    ).toEqual([join('electron', 'main', 'windowOptions.ts')]);
  });

  it('set no insecure web preference anywhere', () => {
    const findings = electronSources.flatMap((source) =>
      INSECURE_PREFERENCES.filter((pattern) => pattern.test(source.text)).map(
        (pattern) => `${source.file}: ${String(pattern)}`,
      ),
    );

    expect(findings).toEqual([]);
  });

  it('never load pages from file:// or hand URLs to the system browser', () => {
    const findings = electronSources
      .filter((source) => /\.loadFile\s*\(|openExternal\s*\(/.test(source.text))
      .map((source) => source.file);

    expect(findings).toEqual([]);
  });

  it('never expose ipcRenderer itself to the page', () => {
    const preload = electronSources.filter((source) =>
      source.file.startsWith(join('electron', 'preload')),
    );
    const exposures = preload.flatMap((source) =>
      [...source.text.matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map(
        (match) => match[1] ?? '',
      ),
    );

    expect(exposures).toEqual(['BRIDGE_GLOBAL, bridge']);
    const otherUses = preload.flatMap((source) =>
      [
        ...source.text.matchAll(/\bipcRenderer\b(?!\.(invoke|on|removeListener)\()/g),
      ].filter(
        (match) =>
          !source.text.slice(0, match.index).endsWith('import { contextBridge, '),
      ),
    );
    expect(otherUses).toEqual([]);
  });

  it('reach ipcMain only through the registry, so every channel is checked', () => {
    const registry = join('electron', 'main', 'ipcRegistry.ts');
    const findings = electronSources
      .filter((source) => source.file !== registry)
      .filter((source) =>
        /\bipcMain\.(handle|handleOnce|on|once|addListener)\s*\(/.test(source.text),
      )
      .map((source) => source.file);

    expect(findings).toEqual([]);
  });

  it('send to pages only the contract\u2019s event channels', () => {
    const sends = electronSources.flatMap((source) =>
      [...source.text.matchAll(/\.send\s*\(([^,]*),/g)].map(
        (match) => `${source.file}: ${(match[1] ?? '').trim()}`,
      ),
    );

    expect(sends).toEqual([
      `${join('electron', 'main', 'services.ts')}: eventChannel(event)`,
    ]);
  });
});
