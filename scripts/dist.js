#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronVersions, nativeModuleAbis } from './electronRuntime.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const addon = join(sqliteDir, 'build', 'Release', 'better_sqlite3.node');
const outputDir = join(root, 'dist');

class DistError extends Error {}

function run(label, command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0)
    throw new DistError(`${label} failed (exit ${result.status ?? 'signal'})`);
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

function rebuildSqliteForElectron(version) {
  run(
    'Rebuilding better-sqlite3 for Electron',
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: sqliteDir, env: environmentForElectronHeaders() },
  );
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

function main() {
  const { version, abi } = electronVersions();
  run('Building', process.execPath, [
    require.resolve('electron-vite/bin/electron-vite.js'),
    'build',
  ]);
  // Tests run under Node and need the Node build back once packaging is done.
  const backupDir = mkdtempSync(join(tmpdir(), 'pcf-dist-'));
  const nodeBuild = join(backupDir, 'better_sqlite3.node');
  copyFileSync(addon, nodeBuild);
  try {
    rebuildSqliteForElectron(version);
    assertAbi(addon, abi);
    run('Packaging', process.execPath, [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'electron-builder.yml',
      ...process.argv.slice(2),
    ]);
    const packed = packedAddons(outputDir);
    if (packed.length === 0)
      throw new DistError(`No better_sqlite3.node was packed under ${outputDir}`);
    for (const file of packed) assertAbi(file, abi);
    process.stdout.write(
      `Packaged for Electron ${version} (module ABI ${abi}) in ${outputDir}\n`,
    );
  } finally {
    copyFileSync(nodeBuild, addon);
    rmSync(backupDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof DistError)) throw error;
  process.stderr.write(`dist: ${error.message}\n`);
  process.exitCode = 1;
}
