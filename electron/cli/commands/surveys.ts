import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  CompiledSurvey,
  QuestionResult,
} from '../../../shared/domain/surveyResults';
import { AppError } from '../../../shared/errors';
import type { Command, ParsedCommand } from '../command';
import { requireOption, requirePositional, stringOption, usageError } from '../command';

const CREATE_USAGE =
  'survey create <file> --template customer|employee --title <text> [--period ' +
  '<YYYY-Qn>] [--offered <n>] [--json]';
const IMPORT_USAGE = 'survey import <file> --survey <id> <data.csv|.xlsx> [--json]';
const COMPILE_USAGE =
  'survey compile <file> --survey <id> [--by channel|segment|language|period] [--json]';
const LIST_USAGE = 'survey list <file> [--json]';
const EXPORT_USAGE = 'survey export <file> --survey <id> --out <results.xlsx> [--json]';
const FORM_USAGE =
  'survey form <file> --survey <id> --language en|es --out <form.html> [--json]';

const percent = (share: number | null) =>
  share === null ? '\u2013' : `${(share * 100).toFixed(1)}%`;

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  name: string,
  usage: string,
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(`--${name} must be one of ${allowed.join(', ')}`, usage);
  }
  return value as T;
}

function workspaceFile(parsed: ParsedCommand, usage: string): string {
  return resolve(requirePositional(parsed, 0, 'file', usage));
}

/** The --out file, which must not exist yet: a command never overwrites a file silently. */
function newOutputFile(parsed: ParsedCommand, usage: string): string {
  const out = resolve(requireOption(parsed, 'out', usage));
  if (existsSync(out)) {
    throw new AppError('E_FILE_EXISTS', `${out} already exists; choose a new file name.`);
  }
  return out;
}

export const surveyCreateCommand: Command = {
  words: ['survey', 'create'],
  usage: CREATE_USAGE,
  summary: 'Create a survey from a built-in instrument in a department workspace',
  options: {
    template: { type: 'string' },
    title: { type: 'string' },
    period: { type: 'string' },
    offered: { type: 'string' },
  },
  async run(parsed, { call }) {
    const file = workspaceFile(parsed, CREATE_USAGE);
    const template = oneOf(
      requireOption(parsed, 'template', CREATE_USAGE),
      ['customer', 'employee'] as const,
      'template',
      CREATE_USAGE,
    );
    const offeredText = stringOption(parsed, 'offered');
    if (offeredText !== undefined && !/^\d+$/.test(offeredText)) {
      throw usageError('--offered must be a whole number', CREATE_USAGE);
    }
    await call('workspace.open', { file });
    const survey = await call('surveys.create', {
      template,
      title: requireOption(parsed, 'title', CREATE_USAGE),
      period: stringOption(parsed, 'period'),
      offered: offeredText === undefined ? null : Number(offeredText),
    });
    return {
      json: { id: survey.id },
      text: [`Created survey ${survey.id}: ${survey.title} (${survey.period})`],
    };
  },
};

export const surveyImportCommand: Command = {
  words: ['survey', 'import'],
  usage: IMPORT_USAGE,
  summary:
    'Import survey responses from a CSV or XLSX file; the same file twice adds nothing',
  options: { survey: { type: 'string' } },
  async run(parsed, { call }) {
    const file = workspaceFile(parsed, IMPORT_USAGE);
    const data = resolve(requirePositional(parsed, 1, 'data.csv|.xlsx', IMPORT_USAGE));
    if (!existsSync(data)) {
      throw new AppError('E_FILE_NOT_FOUND', `${data} does not exist.`);
    }
    await call('workspace.open', { file });
    const report = await call('responses.import', {
      surveyId: requireOption(parsed, 'survey', IMPORT_USAGE),
      file: data,
    });
    const text = [
      `Imported ${report.imported}, skipped ${report.duplicates} duplicates, rejected ` +
        `${report.rejectedTotal} rows`,
      ...report.rejected.map(
        (entry) =>
          `  row ${entry.row}${entry.column ? `, ${entry.column}` : ''}: ${entry.reason}`,
      ),
    ];
    if (report.rejectedTotal > report.rejected.length) {
      text.push(`  \u2026 and ${report.rejectedTotal - report.rejected.length} more`);
    }
    return { json: report, text };
  },
};

function questionLine(question: QuestionResult): string {
  if (question.suppressed) return `  ${question.code.padEnd(16)} suppressed`;
  const mean = question.mean === null ? '' : ` mean ${question.mean.toFixed(2)}`;
  const top =
    question.top2 === null
      ? ''
      : ` top-2 ${percent(question.top2)} ` +
        `(${percent(question.top2Low)}\u2013${percent(question.top2High)})`;
  return `  ${question.code.padEnd(16)} n ${String(question.n).padStart(7)}${mean}${top}`;
}

function compiledText(result: CompiledSurvey): string[] {
  const lines = [
    `${result.title} (${result.period}): ${result.responses} responses` +
      (result.responseRate === null
        ? ''
        : `, response rate ${percent(result.responseRate)}`),
    ...result.warnings.map((warning) => `Note: ${warning}`),
    ...result.questions.map(questionLine),
  ];
  for (const group of result.groups ?? []) {
    lines.push(
      `${group.label}: ${group.suppressed ? 'suppressed' : `${group.responses} responses`}`,
      ...group.questions.map(questionLine),
    );
  }
  return lines;
}

export const surveyCompileCommand: Command = {
  words: ['survey', 'compile'],
  usage: COMPILE_USAGE,
  summary:
    'Compiled survey results, overall and by one breakdown, small cells suppressed',
  options: { survey: { type: 'string' }, by: { type: 'string' } },
  async run(parsed, { call }) {
    const file = workspaceFile(parsed, COMPILE_USAGE);
    const byText = stringOption(parsed, 'by');
    const by =
      byText === undefined
        ? undefined
        : oneOf(
            byText,
            ['channel', 'segment', 'language', 'period'] as const,
            'by',
            COMPILE_USAGE,
          );
    await call('workspace.open', { file });
    const result = await call('surveys.compile', {
      id: requireOption(parsed, 'survey', COMPILE_USAGE),
      by,
    });
    return { json: result, text: compiledText(result) };
  },
};

export const surveyListCommand: Command = {
  words: ['survey', 'list'],
  usage: LIST_USAGE,
  summary: 'List the surveys of a department workspace',
  options: {},
  async run(parsed, { call }) {
    await call('workspace.open', { file: workspaceFile(parsed, LIST_USAGE) });
    const surveys = await call('surveys.list', {});
    return {
      json: { surveys },
      text: surveys.map(
        (survey) =>
          `${survey.id.padStart(4)}  ${survey.period}  ` +
          `${String(survey.responses).padStart(8)} responses  ${survey.title}`,
      ),
    };
  },
};

export const surveyFormCommand: Command = {
  words: ['survey', 'form'],
  usage: FORM_USAGE,
  summary: 'Write the printable paper form of a survey as an HTML page',
  options: {
    survey: { type: 'string' },
    language: { type: 'string' },
    out: { type: 'string' },
  },
  async run(parsed, { call }) {
    const file = workspaceFile(parsed, FORM_USAGE);
    const language = oneOf(
      requireOption(parsed, 'language', FORM_USAGE),
      ['en', 'es'] as const,
      'language',
      FORM_USAGE,
    );
    const out = newOutputFile(parsed, FORM_USAGE);
    await call('workspace.open', { file });
    const form = await call('surveys.paperForm', {
      id: requireOption(parsed, 'survey', FORM_USAGE),
      language,
    });
    writeFileSync(out, form.html, { flag: 'wx' });
    return { json: { written: out }, text: [`Wrote the paper form to ${out}`] };
  },
};

export const surveyExportCommand: Command = {
  words: ['survey', 'export'],
  usage: EXPORT_USAGE,
  summary:
    'Write compiled survey results, overall and by every breakdown, to an Excel workbook',
  options: { survey: { type: 'string' }, out: { type: 'string' } },
  async run(parsed, { call }) {
    const file = workspaceFile(parsed, EXPORT_USAGE);
    const out = newOutputFile(parsed, EXPORT_USAGE);
    if (!out.toLowerCase().endsWith('.xlsx')) {
      throw usageError('--out must name an .xlsx file', EXPORT_USAGE);
    }
    await call('workspace.open', { file });
    const written = await call('surveys.exportResults', {
      id: requireOption(parsed, 'survey', EXPORT_USAGE),
      file: out,
    });
    return {
      json: written,
      text: [`Wrote the results to ${written.path} (${written.sheets.join(', ')})`],
    };
  },
};

export const SURVEY_COMMANDS: Command[] = [
  surveyCreateCommand,
  surveyImportCommand,
  surveyCompileCommand,
  surveyListCommand,
  surveyFormCommand,
  surveyExportCommand,
];
