import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/** The backend reads its SQL migrations at run time, so they travel beside its bundle. */
function copyMigrations(): Plugin {
  return {
    name: 'pcf-copy-migrations',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? resolve(root, 'out/main');
      cpSync(
        resolve(root, 'electron/backend/db/migrations'),
        resolve(outDir, 'migrations'),
        {
          recursive: true,
        },
      );
    },
  };
}

/** The renderer's build, shared by the desktop app and the browser harness. */
export const rendererConfig = {
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: { input: resolve(root, 'renderer/index.html') },
  },
};

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          backend: resolve(root, 'electron/backend/host.ts'),
          // Worker threads the backend starts, each a bundle of its own beside it.
          responseFileWorker: resolve(
            root,
            'electron/backend/surveys/responseFileWorker.ts',
          ),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can only require electron itself, so everything else is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
