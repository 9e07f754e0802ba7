import type { z } from 'zod';
import { ImportTally, type ImportReport } from '../../../shared/domain/imports';
import type { paperResponse } from '../../../shared/domain/surveyResponses';
import { MULTI_SEPARATOR } from '../../../shared/domain/surveyAnswers';
import { AppError } from '../../../shared/errors';
import { currentLayout, rowReaderFor, type ImportTarget } from './importer';
import { finishBatch, insertBatch } from './repository';
import { ResponseWriter } from './responseWriter';

type PaperValues = z.output<typeof paperResponse>;

const METADATA = [
  'response_id',
  'submitted_at',
  'channel',
  'segment',
  'language',
] as const;

/** The printed form number becomes the response id, so a form typed twice is a duplicate. */
export const paperKey = (formNumber: string) => `paper-form-${formNumber}`;

function toCells(form: PaperValues, codes: readonly string[]): string[] {
  const metadata = [
    form.formNumber ? paperKey(form.formNumber) : '',
    form.submittedAt ?? '',
    form.channel ?? '',
    form.segment ?? '',
    form.language ?? '',
  ];
  const answers = codes.map((code) => {
    const answer = form.answers[code];
    if (answer === undefined) return '';
    return Array.isArray(answer) ? answer.join(MULTI_SEPARATOR) : answer;
  });
  return [...metadata, ...answers];
}

/**
 * Stores forms typed in from paper through the same checks as a file import; form N of
 * the sitting is reported as row N.
 */
export function enterPaperResponses(
  target: ImportTarget,
  forms: PaperValues[],
): ImportReport {
  const { db, sqlite, surveyId } = target;
  const layout = currentLayout(db, surveyId);
  const codes = layout.questions.map((entry) => entry.question.code);
  for (const form of forms) {
    const unknown = Object.keys(form.answers).find((code) => !codes.includes(code));
    if (unknown) {
      throw new AppError('E_INPUT', `${unknown} is not a question of this survey.`);
    }
  }
  const reader = rowReaderFor(db, surveyId, [...METADATA, ...codes], 'paper forms');
  const tally = new ImportTally();
  sqlite.transaction(() => {
    const batchId = insertBatch(db, surveyId, 'paper', null);
    const writer = new ResponseWriter(
      sqlite,
      { surveyId, batchId, layout, keys: 'sequence' },
      tally,
    );
    forms.forEach((form, index) => {
      const parsed = reader.read(toCells(form, codes), index + 1, tally);
      if (parsed) writer.add(parsed);
    });
    writer.finish();
    finishBatch(db, batchId, {
      imported: tally.imported,
      duplicates: tally.duplicates,
      rejected: tally.rejectedTotal,
    });
  })();
  return tally.report();
}
