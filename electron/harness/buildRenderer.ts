import { resolve } from 'node:path';
import { build } from 'vite';
import { rendererConfig } from '../../electron.vite.config';

export const RENDERER_OUT_DIR = rendererConfig.build.outDir;

/** Builds the renderer exactly as the desktop app ships it. */
export async function buildRenderer(): Promise<string> {
  await build({ ...rendererConfig, configFile: false, logLevel: 'warn' });
  return resolve(RENDERER_OUT_DIR);
}
