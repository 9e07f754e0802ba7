import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId, Worker } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';

/** The backend's worker threads, by the name of their entry module. */
export type BackendWorkerName = 'responseFileWorker';

/** Where each worker's module lives in the source tree, relative to this folder. */
const SOURCE_ENTRIES: Record<BackendWorkerName, string> = {
  responseFileWorker: 'surveys/responseFileWorker.ts',
};

/**
 * A worker lent for one job. `release` returns it for the next job once it has finished
 * this one cleanly, and the borrower's listeners are already removed; `discard` ends it,
 * for a job abandoned half way.
 */
export interface WorkerLease {
  worker: Worker;
  release(): void;
  discard(): Promise<void>;
}

export interface WorkerLauncher {
  lease(name: BackendWorkerName): Promise<WorkerLease>;
}

type Starter = (name: BackendWorkerName) => Promise<Worker>;

const here = dirname(fileURLToPath(import.meta.url));

function bundledStarter(bundleFolder: string): Starter {
  return (name) => Promise.resolve(new Worker(join(bundleFolder, `${name}.js`)));
}

/**
 * Run from source (the command line, the browser harness, the tests), there is no built
 * bundle, and a TypeScript loader in the worker would cost a second loader thread and
 * half a second per start. So each worker's entry is bundled once per process with esbuild,
 * as the desktop build does it, into node_modules' cache folder where its packages resolve.
 * The folder is named by its content, so processes running side by side share it safely.
 */
function sourceStarter(): Starter {
  const built = new Map<BackendWorkerName, Promise<string>>();
  const cacheFolder = join(here, '..', '..', 'node_modules', '.cache', 'pcf-workers');

  async function bundle(name: BackendWorkerName): Promise<string> {
    // Resolved at run time so the desktop build, which never comes here, leaves it out.
    const esbuild = (await import(
      /* @vite-ignore */ import.meta.resolve('esbuild')
    )) as typeof Esbuild;
    // Split, so the workbook reader and its large dependency load only for a workbook.
    const result = await esbuild.build({
      entryPoints: { [name]: join(here, SOURCE_ENTRIES[name]) },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outdir: cacheFolder,
      outExtension: { '.js': '.mjs' },
      write: false,
      logLevel: 'silent',
    });
    const digest = createHash('sha256');
    for (const output of result.outputFiles)
      digest.update(output.path).update(output.text);
    const folder = join(cacheFolder, digest.digest('hex').slice(0, 16));
    if (!existsSync(folder)) {
      // Named by process and thread: test runners bundle from several of each at once.
      const partial = `${folder}.${process.pid}-${threadId}.tmp`;
      for (const output of result.outputFiles) {
        const target = join(partial, relative(cacheFolder, output.path));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, output.text);
      }
      try {
        renameSync(partial, folder);
      } catch (error) {
        // Another process wrote the same files first.
        rmSync(partial, { recursive: true, force: true });
        if (!existsSync(folder)) throw error;
      }
    }
    return join(folder, `${name}.mjs`);
  }

  return async (name) => {
    let file = built.get(name);
    if (!file) {
      file = bundle(name);
      built.set(name, file);
      file.catch(() => built.delete(name));
    }
    // No inherited loader flags: the bundle is plain JavaScript.
    return new Worker(await file, { execArgv: [] });
  };
}

function createLauncher(bundleFolder: string | undefined): WorkerLauncher {
  const start = bundleFolder ? bundledStarter(bundleFolder) : sourceStarter();
  const idle = new Map<BackendWorkerName, { worker: Worker; forget: () => void }>();

  function keep(name: BackendWorkerName, worker: Worker): void {
    if (idle.has(name)) {
      void worker.terminate();
      return;
    }
    // A kept worker that dies while idle is simply not lent again.
    const onExit = () => idle.delete(name);
    const onError = () => undefined;
    worker.once('exit', onExit);
    worker.on('error', onError);
    worker.unref();
    idle.set(name, {
      worker,
      forget: () => {
        worker.off('exit', onExit);
        worker.off('error', onError);
      },
    });
  }

  return {
    async lease(name) {
      const kept = idle.get(name);
      idle.delete(name);
      kept?.forget();
      const worker = kept?.worker ?? (await start(name));
      worker.ref();
      let returned = false;
      return {
        worker,
        release() {
          if (returned) return;
          returned = true;
          keep(name, worker);
        },
        async discard() {
          if (returned) return;
          returned = true;
          await worker.terminate();
        },
      };
    },
  };
}

const launchers = new Map<string, WorkerLauncher>();

/**
 * Lends out the backend's workers. One idle worker of each kind is kept per process for the
 * next job, so only the first import waits for a thread to start; an idle worker does not
 * keep the process alive. `bundleFolder` is where the built app keeps the workers' bundles
 * (`<name>.js`, beside the backend's own); without it they run from source.
 */
export function workerLauncher(bundleFolder?: string): WorkerLauncher {
  const key = bundleFolder ?? '';
  let launcher = launchers.get(key);
  if (!launcher) {
    launcher = createLauncher(bundleFolder);
    launchers.set(key, launcher);
  }
  return launcher;
}
