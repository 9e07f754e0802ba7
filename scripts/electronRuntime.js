import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The folder of the installed `electron` package. Only its package.json is resolved: loading
 * the package itself would start a download when the binary is missing.
 */
export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'));
}

/** The Electron executable when it is really there, or null. */
export function electronBinaryPath(packageDir = electronPackageDir()) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  if (!relativePath) return null;
  const binary = join(packageDir, 'dist', relativePath);
  return existsSync(binary) ? binary : null;
}

/** The installed Electron's version and the Node module ABI its headers build for. */
export function electronVersions(packageDir = electronPackageDir()) {
  const version = JSON.parse(
    readFileSync(join(packageDir, 'package.json'), 'utf8'),
  ).version;
  const abi = readFileSync(join(packageDir, 'abi_version'), 'utf8').trim();
  return { version, abi };
}

/**
 * The module ABIs a native addon was built for, read from its `node_register_module_v<N>`
 * symbol without loading it (loading an addon built for Electron would fail under Node).
 */
export function nativeModuleAbis(file) {
  const text = readFileSync(file).toString('latin1');
  const abis = new Set();
  for (const match of text.matchAll(/node_register_module_v(\d+)/g)) abis.add(match[1]);
  return [...abis].sort();
}
