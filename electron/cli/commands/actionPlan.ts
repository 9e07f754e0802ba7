import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/contract/actionPlan';
import {
  formatValue,
  COMPARATOR_LABELS,
} from '../../../shared/domain/actionPlanStandards';
import { parsePeriod } from '../../../shared/domain/periods';
import { AppError } from '../../../shared/errors';
import type { Command } from '../command';
import { requireOption, requirePositional, stringOption, usageError } from '../command';

const IMPORT_USAGE =
  `import <file> --kind ${IMPORT_KINDS.join('|')} <data.csv|.xlsx> ` +
  `[--preview] [--json]`;

function importKindOf(text: string): ImportKind {
  const kind = IMPORT_KINDS.find((candidate) => candidate === text);
  if (!kind)
    throw usageError(`--kind must be one of ${IMPORT_KINDS.join(', ')}`, IMPORT_USAGE);
  return kind;
}

export const importCommand: Command = {
  words: ['import'],
  usage: IMPORT_USAGE,
  summary:
    'Import segments, services, standards, measurements or benchmarks from a spreadsheet',
  options: { kind: { type: 'string' }, preview: { type: 'boolean' } },
  async run(parsed, { call }) {
    const file = resolve(requirePositional(parsed, 0, 'file', IMPORT_USAGE));
    const data = resolve(requirePositional(parsed, 1, 'data.csv|.xlsx', IMPORT_USAGE));
    const kind = importKindOf(requireOption(parsed, 'kind', IMPORT_USAGE));
    const preview = parsed.values.preview === true;
    await call('workspace.open', { file });
    const report = await call(preview ? 'imports.preview' : 'imports.run', {
      kind,
      file: data,
    });
    const verb = preview ? 'Would import' : 'Imported';
    const text = [
      `${verb} ${report.imported} ${kind}; ${report.duplicates} already present; ` +
        `${report.rejectedTotal} rows rejected`,
      ...report.rejected.map(
        (rejection) =>
          `  row ${rejection.row}${rejection.column ? `, column ${rejection.column}` : ''}: ${rejection.reason}`,
      ),
    ];
    if (report.rejectedTotal > report.rejected.length) {
      text.push(`  \u2026 and ${report.rejectedTotal - report.rejected.length} more`);
    }
    return {
      json: {
        imported: report.imported,
        duplicates: report.duplicates,
        rejected: report.rejected,
      },
      text,
    };
  },
};

const STATUS_USAGE = 'standards status <file> [--period <YYYY-MM|YYYY-Qn>] [--json]';

export const standardsStatusCommand: Command = {
  words: ['standards', 'status'],
  usage: STATUS_USAGE,
  summary:
    'Show each adopted standard\u2019s latest value, whether it is met, and its gap ' +
    'to the benchmark',
  options: { period: { type: 'string' } },
  async run(parsed, { call }) {
    const file = resolve(requirePositional(parsed, 0, 'file', STATUS_USAGE));
    const period = stringOption(parsed, 'period') ?? null;
    if (period !== null && !parsePeriod(period)) {
      throw usageError(
        `--period ${period} is not a period such as 2026-03 or 2026-Q1`,
        STATUS_USAGE,
      );
    }
    await call('workspace.open', { file });
    const { standards } = await call('standards.status', { period });
    const json = {
      standards: standards.map((row) => ({
        code: row.code,
        comparator: row.comparator,
        target: row.target,
        unit: row.unit,
        latest: row.latest,
        met: row.met,
        benchmark: row.benchmark
          ? {
              code: row.benchmark.code,
              name: row.benchmark.name,
              kind: row.benchmark.kind,
              value: row.benchmark.value,
              source: row.benchmark.source,
              asOf: row.benchmark.asOf,
            }
          : null,
        gap: row.gap,
      })),
    };
    const text = standards.length
      ? standards.map((row) => {
          const target =
            `${COMPARATOR_LABELS[row.comparator]} ` +
            `${formatValue(row.target, row.unit)}`;
          const latest = row.latest
            ? `${row.latest.period} ${formatValue(row.latest.value, row.unit)} ` +
              `${row.met ? 'MET' : 'NOT MET'}`
            : 'no measurement yet';
          const gap =
            row.benchmark && row.gap !== null
              ? `; ${row.gap >= 0 ? '+' : ''}${Math.round(row.gap * 100) / 100} ` +
                `against ${row.benchmark.code}`
              : '';
          return `${row.code.padEnd(16)} ${target.padEnd(24)} ${latest}${gap}`;
        })
      : ['No adopted standards.'];
    return { json, text };
  },
};

const EXPORT_USAGE =
  'compact export <file> --out <page.html> [--lang <code>] [--allow-partial] [--json]';

export const compactExportCommand: Command = {
  words: ['compact', 'export'],
  usage: EXPORT_USAGE,
  summary:
    'Write the compact with customers as a print-ready HTML page (the adopted one, else the draft)',
  options: {
    out: { type: 'string' },
    lang: { type: 'string' },
    'allow-partial': { type: 'boolean' },
  },
  async run(parsed, { call }) {
    const file = resolve(requirePositional(parsed, 0, 'file', EXPORT_USAGE));
    const out = resolve(requireOption(parsed, 'out', EXPORT_USAGE));
    if (out === file)
      throw new AppError('E_CONFLICT', 'The page cannot be written over the workspace.');
    if (
      existsSync(out) &&
      !out.toLowerCase().endsWith('.html') &&
      !out.toLowerCase().endsWith('.htm')
    ) {
      throw new AppError(
        'E_FILE_EXISTS',
        `${out} exists and is not an HTML page; choose another name.`,
      );
    }
    await call('workspace.open', { file });
    const result = await call('compact.exportHtml', {
      file: out,
      language: stringOption(parsed, 'lang') ?? 'en',
      allowPartial: parsed.values['allow-partial'] === true,
    });
    const text = [
      `Wrote ${result.draft ? 'the DRAFT' : 'the adopted'} compact, version ` +
        `${result.version}, in ${result.language} to ${result.path}`,
      ...(result.untranslated.length > 0
        ? [
            `${result.untranslated.length} blocks are not translated and are shown in ` +
              `English, listed on the page:`,
            ...result.untranslated.map((block) => `  ${block.kind}: ${block.excerpt}`),
          ]
        : []),
    ];
    return {
      json: {
        out: result.path,
        version: result.version,
        draft: result.draft,
        language: result.language,
        bytes: result.bytes,
        untranslated: result.untranslated,
      },
      text,
    };
  },
};
