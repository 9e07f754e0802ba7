import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp';

const repository = join(import.meta.dirname, '..', '..', '..');
let temp: ReturnType<typeof makeTempDir>;

/**
 * A throwaway project holding the real start script beside a stand-in electron package (whose
 * download either fails or installs a binary) and a stand-in electron-vite that logs its calls.
 */
function project(download: 'fails' | 'installs') {
  mkdirSync(temp.path('scripts'));
  for (const file of ['start.js', 'electronRuntime.js']) {
    copyFileSync(join(repository, 'scripts', file), join(temp.dir, 'scripts', file));
  }
  const electron = temp.path('node_modules/electron');
  mkdirSync(electron, { recursive: true });
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","version":"45.6.0"}');
  writeFileSync(
    join(electron, 'install.js'),
    download === 'fails'
      ? "console.error('Error: getaddrinfo ENOTFOUND\\n    at " +
          "GetAddrInfoReqWrap.onlookup'); process.exit(1);"
      : `const fs = require('fs'); fs.mkdirSync(${JSON.stringify(join(electron, 'dist'))});
         fs.writeFileSync(${JSON.stringify(join(electron, 'dist', 'electron'))}, '');
         fs.writeFileSync(${JSON.stringify(join(electron, 'path.txt'))}, 'electron');`,
  );
  const vite = temp.path('node_modules/electron-vite/bin');
  mkdirSync(vite, { recursive: true });
  writeFileSync(
    join(vite, 'electron-vite.js'),
    `require('fs').appendFileSync(${JSON.stringify(temp.path('calls.log'))}, ` +
      `JSON.stringify(process.argv.slice(2)) + '\\n');`,
  );
  writeFileSync(join(vite, '..', 'package.json'), '{"name":"electron-vite"}');
  writeFileSync(temp.path('package.json'), '{"type":"module"}');
}

function start(...args: string[]) {
  return spawnSync(process.execPath, [temp.path('scripts/start.js'), ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
}

beforeEach(() => {
  temp = makeTempDir('pcf-start-');
});
afterEach(() => temp.cleanup());

describe('npm start', () => {
  it('says in one line that Electron is unavailable and points to the harness', () => {
    project('fails');

    const result = start();

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /Electron runtime could not be downloaded on this machine/,
    );
    expect(result.stderr).toContain('npm run web -- --workspace <file>');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds and then previews the build, passing the app its arguments', () => {
    project('installs');

    const result = start('--workspace', 'dmv.pcf');
    const calls = readFileSync(temp.path('calls.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);

    expect(result.status).toBe(0);
    expect(calls).toEqual([
      ['build'],
      ['preview', '--skipBuild', '--', '--workspace', 'dmv.pcf'],
    ]);
  });
});
