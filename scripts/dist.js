#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { electronVersions, nativeModuleAbis } from './electronRuntime.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const ADDON = join('build', 'Release', 'better_sqlite3.node');
const outputDir = join(root, 'dist');

class DistError extends Error {}

function run(label, command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    throw new DistError(`${label} failed (exit ${result.status ?? 'signal'})`);
  }
}

/**
 * npm passes its `nodedir` setting to node-gyp through the environment; on machines where it
 * points at the system Node, a rebuild would quietly target Node's ABI instead of Electron's.
 */
function environmentForElectronHeaders() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key))
      delete env[key];
  }
  return env;
}

/**
 * Builds better-sqlite3 for Electron in a copy of the package, so a failed rebuild never
 * leaves the installed Node build (which the tests use) broken.
 */
function buildSqliteForElectron(version, stagingDir) {
  const copy = join(stagingDir, 'better-sqlite3');
  cpSync(sqliteDir, copy, {
    recursive: true,
    filter: (source) => basename(source) !== 'build' || dirname(source) !== sqliteDir,
  });
  run(
    'Rebuilding better-sqlite3 against Electron\u2019s headers',
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: copy, env: environmentForElectronHeaders() },
  );
  return join(copy, ADDON);
}

function assertAbi(file, abi) {
  const found = nativeModuleAbis(file);
  if (found.length !== 1 || found[0] !== abi) {
    throw new DistError(
      `${file} is built for module ABI ${found.join(', ') || 'unknown'}, but Electron needs ${abi}`,
    );
  }
}

function packedAddons(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'better_sqlite3.node')
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Packs with the Electron build of the addon in place, then puts the Node build back. */
function packageWith(electronAddon, stagingDir) {
  const installed = join(sqliteDir, ADDON);
  const nodeBuild = join(stagingDir, 'node-better_sqlite3.node');
  copyFileSync(installed, nodeBuild);
  try {
    copyFileSync(electronAddon, installed);
    run('Packaging', process.execPath, [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'electron-builder.yml',
      ...process.argv.slice(2),
    ]);
  } finally {
    copyFileSync(nodeBuild, installed);
  }
}

function main() {
  const { version, abi } = electronVersions();
  const stagingDir = mkdtempSync(join(tmpdir(), 'pcf-dist-'));
  try {
    const electronAddon = buildSqliteForElectron(version, stagingDir);
    assertAbi(electronAddon, abi);
    run('Building', process.execPath, [
      require.resolve('electron-vite/bin/electron-vite.js'),
      'build',
    ]);
    packageWith(electronAddon, stagingDir);
    const packed = packedAddons(outputDir);
    if (packed.length === 0) {
      throw new DistError(`No better_sqlite3.node was packed under ${outputDir}`);
    }
    for (const file of packed) assertAbi(file, abi);
    process.stdout.write(
      `Packaged for Electron ${version} (module ABI ${abi}) in ${outputDir}\n`,
    );
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof DistError)) throw error;
  process.stderr.write(`dist: ${error.message}\n`);
  process.exitCode = 1;
}
