import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/common/logger';
import { median, runProcess, timeSync } from '../lib/measure';
import type { BenchCase, BenchOptions, BenchResult } from '../lib/types';
import { CSV_HEADER, SCALE_CODES, writeSurveyCsv } from './surveyData';

export const SQLITE3 = '/usr/bin/sqlite3';
const CHILD = fileURLToPath(new URL('./surveyImportChild.ts', import.meta.url));

async function call(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const result = await backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function createWorkspace(path: string): Promise<string> {
  const backend = createBackend({ log: silentLogger });
  try {
    await call(backend, 'workspace.createDepartment', {
      file: path,
      profile: {
        code: 'BENCH',
        name: 'Bench Department',
        coordinator: { name: 'Bench', email: 'bench@example.gov' },
      },
    });
    const survey = (await call(backend, 'surveys.create', {
      template: 'customer',
      title: 'Bench customer survey',
      period: '2026-Q1',
    })) as { id: string };
    return survey.id;
  } finally {
    backend.shutdown();
  }
}

async function sqliteImport(csv: string, database: string): Promise<number | null> {
  if (!existsSync(SQLITE3)) return null;
  const columns = CSV_HEADER.map((name) => `"${name}" text`).join(', ');
  const script =
    `create table responses (${columns});\n.import --csv --skip 1 ` +
    `'${csv}' responses\n`;
  const run = await runProcess(SQLITE3, [database], { input: script });
  if (run.code !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  return run.ms;
}

interface ChildReport {
  ms: number;
  imported: number;
  rejected: number;
  maxRssMb: number;
}

async function ourImport(
  workspace: string,
  surveyId: string,
  csv: string,
): Promise<ChildReport> {
  const run = await runProcess(process.execPath, [
    '--import',
    'tsx',
    CHILD,
    workspace,
    surveyId,
    csv,
  ]);
  if (run.code !== 0) throw new Error(`import child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
}

/** The plain scan compiling would be without tallies: every question, overall and by channel. */
function groupByScan(backend: Backend): () => void {
  const sqlite = backend.session.require().sqlite;
  const measures = SCALE_CODES.map((_code, index) => {
    const answer = `substr(closed_answers, ${index + 1}, 1)`;
    return (
      `sum(${answer} <> '-'), avg(case when ${answer} <> '-' then cast(${answer} ` +
      `as integer) end), sum(${answer} in ('4', '5'))`
    );
  }).join(', ');
  const overall = sqlite.prepare(
    `select count(*), ${measures} from survey_responses where survey_id = ?`,
  );
  const byChannel = sqlite.prepare(
    `select channel, count(*), ${measures} from survey_responses where survey_id = ? ` +
      `group by channel`,
  );
  return () => {
    overall.all(1);
    byChannel.all(1);
  };
}

async function compileFigures(workspace: string, surveyId: string, repeats: number) {
  const backend = createBackend({ log: silentLogger });
  try {
    await call(backend, 'workspace.open', { file: workspace });
    const compileOnce = async () => {
      const started = performance.now();
      await call(backend, 'surveys.compile', { id: surveyId });
      await call(backend, 'surveys.compile', { id: surveyId, by: 'channel' });
      return performance.now() - started;
    };
    await compileOnce();
    const ours: number[] = [];
    for (let run = 0; run < repeats; run += 1) ours.push(await compileOnce());
    const scan = groupByScan(backend);
    const baseline: number[] = [];
    for (let run = 0; run < Math.max(3, Math.ceil(repeats / 3)); run += 1)
      baseline.push(timeSync(scan));
    return { ours: median(ours), baseline: median(baseline) };
  } finally {
    backend.shutdown();
  }
}

/** Import runs per side; the two alternate, so a busy spell on the machine hits both. */
const IMPORT_RUNS = 3;

interface ImportFigures {
  ours: number;
  shell: number | null;
  peakMb: number;
  workspace: string;
  surveyId: string;
}

async function importFigures(options: BenchOptions, csv: string): Promise<ImportFigures> {
  const ours: number[] = [];
  const shell: number[] = [];
  let peakMb = 0;
  let last = { workspace: '', surveyId: '' };
  const runs = options.rows >= 100_000 ? IMPORT_RUNS : 1;
  for (let run = 1; run <= runs; run += 1) {
    options.log(
      `import run ${run} of ${runs}: sqlite3 .import, then ours in a child process`,
    );
    const shellMs = await sqliteImport(csv, join(options.workDir, `baseline-${run}.db`));
    if (shellMs !== null) shell.push(shellMs);
    const workspace = join(options.workDir, `bench-${run}.pcf`);
    const surveyId = await createWorkspace(workspace);
    const child = await ourImport(workspace, surveyId, csv);
    if (child.imported !== options.rows) {
      throw new Error(
        `imported ${child.imported} of ${options.rows} rows (${child.rejected} rejected)`,
      );
    }
    ours.push(child.ms);
    peakMb = Math.max(peakMb, child.maxRssMb);
    last = { workspace, surveyId };
  }
  return {
    ours: median(ours),
    shell: shell.length > 0 ? median(shell) : null,
    peakMb,
    ...last,
  };
}

async function runSurveyCase(options: BenchOptions): Promise<BenchResult[]> {
  const csv = join(options.workDir, 'responses.csv');
  options.log(`generating ${options.rows} responses`);
  await writeSurveyCsv(csv, options.rows);
  const imported = await importFigures(options, csv);
  const { workspace, surveyId } = imported;
  const shellMs = imported.shell;
  const child = { ms: imported.ours, maxRssMb: imported.peakMb };
  options.log('compiling');
  const compile = await compileFigures(workspace, surveyId, options.repeats);
  const label = `${options.rows.toLocaleString('en-US')} rows`;
  return [
    {
      work: `import CSV, ${label} (median)`,
      ours: child.ms,
      baseline: shellMs,
      unit: 'ms',
      goal: '\u2264 2\u00d7 sqlite3 .import',
      pass: shellMs !== null && child.ms <= 2 * shellMs,
      ...(shellMs === null ? { note: `${SQLITE3} not installed` } : {}),
    },
    {
      work: `import peak memory, ${label}`,
      ours: child.maxRssMb,
      baseline: null,
      unit: 'MB',
      goal: '< 300 MB',
      pass: child.maxRssMb < 300,
    },
    {
      work: 'compile overall + by channel (median)',
      ours: compile.ours,
      baseline: compile.baseline,
      unit: 'ms',
      goal: '< 100 ms and \u2265 10\u00d7 faster than GROUP BY',
      pass: compile.ours < 100 && compile.ours * 10 <= compile.baseline,
    },
  ];
}

export const surveyBenchCase: BenchCase = { name: 'surveys', run: runSurveyCase };
