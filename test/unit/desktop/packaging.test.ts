import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import type { Configuration } from 'electron-builder';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  electronBinaryPath,
  electronVersions,
  nativeModuleAbis,
} from '../../../scripts/electronRuntime.js';
import { makeTempDir } from '../../support/temp';

const repository = join(import.meta.dirname, '..', '..', '..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(repository, 'electron-builder.yml', null);
});

describe('the electron-builder configuration', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(
      validateConfiguration(config, new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('names the product and packs only the build and package.json', () => {
    expect(config.productName).toBe('Californians First');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files.sort()).toEqual(['out/**', 'package.json']);
  });

  it('packs an archive with the SQLite addon outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**/*.node']);
  });

  it('leaves the native rebuild to the dist script, which targets Electron\u2019s ABI', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('sets every fuse that closes a way to run other code as the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('has targets for Linux, Windows and macOS', () => {
    expect(config.linux?.target).toBeDefined();
    expect(config.win?.target).toBeDefined();
    expect(config.mac?.target).toBeDefined();
  });
});

describe('the Electron runtime checks of npm start and npm run dist', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('pcf-electron-');
  });
  afterEach(() => temp.cleanup());

  it('find no binary when path.txt is missing or points at nothing', () => {
    expect(electronBinaryPath(temp.dir)).toBeNull();

    writeFileSync(temp.path('path.txt'), 'electron');

    expect(electronBinaryPath(temp.dir)).toBeNull();
  });

  it('find the binary path.txt names inside dist', () => {
    writeFileSync(temp.path('path.txt'), 'electron');
    mkdirSync(temp.path('dist'));
    writeFileSync(join(temp.dir, 'dist', 'electron'), '');

    expect(electronBinaryPath(temp.dir)).toBe(join(temp.dir, 'dist', 'electron'));
  });

  it('read the installed Electron\u2019s version and module ABI', () => {
    const { version, abi } = electronVersions();

    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(abi).toMatch(/^\d+$/);
  });

  it('read the module ABI a native addon was built for without loading it', () => {
    const addon = join(
      repository,
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );

    expect(nativeModuleAbis(addon)).toEqual([process.versions.modules]);
  });
});
