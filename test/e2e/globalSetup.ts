import { execFileSync } from 'node:child_process';
import { buildRenderer } from '../../electron/harness/buildRenderer';
import { E2E_HOST, skipReason } from './support/hosts';

/** Builds what the specs drive once per run: the renderer, and the desktop app when it can run. */
export default async function setup(): Promise<void> {
  if (E2E_HOST === 'electron') {
    const reason = skipReason();
    if (reason) {
      process.stdout.write(`${reason}\n`);
      return;
    }
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
    return;
  }
  await buildRenderer();
}
