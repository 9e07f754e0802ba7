#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinaryPath, electronPackageDir } from './electronRuntime.js';

const DOWNLOAD_TIMEOUT_MS = 60_000;
const electronVite = join(
  import.meta.dirname,
  '..',
  'node_modules',
  'electron-vite',
  'bin',
  'electron-vite.js',
);

/** Tries the Electron package's own download once, quietly; true when a binary is there after. */
function tryDownload(packageDir) {
  spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  return electronBinaryPath(packageDir) !== null;
}

function runElectronVite(args) {
  const result = spawnSync(process.execPath, [electronVite, ...args], {
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

function main() {
  const packageDir = electronPackageDir();
  if (!electronBinaryPath(packageDir) && !tryDownload(packageDir)) {
    process.stderr.write(
      'The Electron runtime could not be downloaded on this machine; use the browser harness instead: npm run web -- --workspace <file>\n',
    );
    return 1;
  }
  const built = runElectronVite(['build']);
  if (built !== 0) return built;
  // Arguments after `npm start --` (such as --workspace <file>) reach the app.
  const appArgs = process.argv.slice(2);
  return runElectronVite([
    'preview',
    '--skipBuild',
    ...(appArgs.length ? ['--', ...appArgs] : []),
  ]);
}

process.exitCode = main();
