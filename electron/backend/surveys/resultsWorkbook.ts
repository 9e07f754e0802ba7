import type { Workbook, Worksheet } from 'exceljs';
import {
  BREAKDOWN_LABELS,
  type Breakdown,
  type CompiledSurvey,
  type QuestionResult,
  type ResultGroup,
} from '../../../shared/domain/surveyResults';
import { QUESTION_TYPE_LABELS } from '../../../shared/domain/surveys';

/** What a suppressed cell shows instead of a number, in every sheet. */
export const SUPPRESSED = 'suppressed';

const PERCENT = '0.0%';
const MEAN = '0.00';

const QUESTION_COLUMNS = [
  { header: 'Question', key: 'code', width: 18 },
  { header: 'Wording', key: 'text', width: 48 },
  { header: 'Type', key: 'type', width: 18 },
  { header: 'Answered', key: 'n', width: 11 },
  { header: 'Mean', key: 'mean', width: 9, numFmt: MEAN },
  { header: 'Top-two share', key: 'top2', width: 14, numFmt: PERCENT },
  { header: '95% low', key: 'top2Low', width: 10, numFmt: PERCENT },
  { header: '95% high', key: 'top2High', width: 10, numFmt: PERCENT },
] as const;

type Cell = string | number | null;

/** One question's numbers as cells; a suppressed question says so in each of them. */
function questionCells(question: QuestionResult): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    code: question.code,
    text: question.text,
    type: QUESTION_TYPE_LABELS[question.type],
  };
  for (const key of ['n', 'mean', 'top2', 'top2Low', 'top2High'] as const) {
    cells[key] = question.suppressed ? SUPPRESSED : question[key];
  }
  return cells;
}

function addSheet(
  workbook: Workbook,
  name: string,
  columns: readonly { header: string; key: string; width: number; numFmt?: string }[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

function summarySheet(workbook: Workbook, overall: CompiledSurvey): void {
  const sheet = addSheet(workbook, 'Summary', [
    { header: 'Item', key: 'item', width: 28 },
    { header: 'Value', key: 'value', width: 60 },
  ]);
  const rows: [string, Cell][] = [
    ['Survey', overall.title],
    ['Quarter', overall.period],
    ['Audience', overall.audience === 'customer' ? 'Customers' : 'Front-line employees'],
    ['Responses', overall.suppressed ? SUPPRESSED : overall.responses],
    ['Offered', overall.offered],
    ['Response rate', overall.responseRate],
    [
      'Small cells',
      `Any group or question with fewer than ${overall.minCellSize} responses shows ` +
        `"${SUPPRESSED}" instead of numbers.`,
    ],
    [
      'Top-two share',
      'Agree or strongly agree (4–5 of 5), 9–10 of the 0–10 scale, or yes; with its ' +
        '95% Wilson interval.',
    ],
    ...overall.warnings.map((warning): [string, Cell] => ['Note', warning]),
  ];
  for (const [item, value] of rows) sheet.addRow({ item, value });
  const rate = sheet.getRow(7).getCell(2);
  if (typeof rate.value === 'number') rate.numFmt = PERCENT;
}

function resultsSheet(workbook: Workbook, questions: readonly QuestionResult[]): void {
  const sheet = addSheet(workbook, 'Results', [
    ...QUESTION_COLUMNS,
    { header: 'Previous quarter', key: 'previous', width: 16 },
    { header: 'Change', key: 'delta', width: 10, numFmt: PERCENT },
    { header: 'Beyond margin of error', key: 'significant', width: 22 },
  ]);
  for (const question of questions) {
    const { change } = question;
    sheet.addRow({
      ...questionCells(question),
      previous: change?.previous ?? null,
      delta: change?.delta ?? null,
      significant: change ? (change.significant ? 'yes' : 'no') : null,
    });
  }
}

function countsSheet(workbook: Workbook, questions: readonly QuestionResult[]): void {
  const sheet = addSheet(workbook, 'Answer counts', [
    { header: 'Question', key: 'code', width: 18 },
    { header: 'Answer', key: 'answer', width: 28 },
    { header: 'Count', key: 'count', width: 10 },
  ]);
  for (const question of questions) {
    if (question.suppressed) {
      sheet.addRow({ code: question.code, answer: null, count: SUPPRESSED });
      continue;
    }
    for (const [answer, count] of Object.entries(question.counts ?? {})) {
      sheet.addRow({ code: question.code, answer, count });
    }
  }
}

export interface BreakdownResults {
  by: Breakdown;
  groups: readonly ResultGroup[];
}

export const sheetNameOf = ({ by }: { by: Breakdown }) =>
  `By ${BREAKDOWN_LABELS[by].toLowerCase()}`;

function breakdownSheet(workbook: Workbook, breakdown: BreakdownResults): void {
  const { groups } = breakdown;
  const sheet = addSheet(workbook, sheetNameOf(breakdown), [
    { header: 'Group', key: 'group', width: 24 },
    { header: 'Responses', key: 'responses', width: 11 },
    ...QUESTION_COLUMNS,
  ]);
  if (groups.length === 0) sheet.addRow({ group: 'No responses yet' });
  for (const group of groups) {
    const responses = group.suppressed ? SUPPRESSED : group.responses;
    if (group.suppressed) {
      sheet.addRow({ group: group.label, responses });
      continue;
    }
    for (const question of group.questions) {
      sheet.addRow({ group: group.label, responses, ...questionCells(question) });
    }
  }
}

/**
 * The compiled results as an Excel workbook: a summary, every question overall, the answer
 * counts, and one sheet per breakdown. Small cells are suppressed exactly as in the app:
 * the numbers the compile withheld are never in the file.
 */
export async function resultsWorkbook(
  overall: CompiledSurvey,
  breakdowns: readonly BreakdownResults[],
): Promise<Buffer> {
  // exceljs is loaded only when a workbook is made: it costs tens of megabytes of memory.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Californians First';
  summarySheet(workbook, overall);
  resultsSheet(workbook, overall.questions);
  countsSheet(workbook, overall.questions);
  for (const breakdown of breakdowns) breakdownSheet(workbook, breakdown);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
