import type { SurveyLanguage, SurveyQuestion } from '../../../shared/domain/surveys';
import { mapColumns, type ColumnMap } from './columns';
import { buildLayout, type VersionLayout } from './layout';
import { RowReader } from './rowReader';

/**
 * Everything checking a survey's response rows needs from the workspace, as plain data: a
 * file import reads its rows on a worker thread, which has no database connection. This
 * module and what it imports are loaded by that worker, so none of them reach for the
 * database.
 */
export interface ReaderSetup {
  version: number;
  questions: SurveyQuestion[];
  languages: SurveyLanguage[];
  /** Folded segment code, then the workspace's own spelling of it. */
  segments: [string, string][];
  /** The survey's quarter, for responses without a date. */
  period: string;
}

export function layoutOf(setup: ReaderSetup): VersionLayout {
  return buildLayout(setup.version, setup.questions, setup.languages);
}

export interface PreparedReader {
  layout: VersionLayout;
  columns: ColumnMap;
  reader: RowReader;
}

/** Matches a file's headers to the survey; a header the survey cannot take refuses the file. */
export function prepareReader(
  setup: ReaderSetup,
  headers: readonly string[],
  fileName: string,
): PreparedReader {
  const layout = layoutOf(setup);
  const columns = mapColumns(headers, layout, fileName);
  const reader = new RowReader({
    layout,
    columns,
    languages: setup.languages,
    segments: new Map(setup.segments),
    period: setup.period,
  });
  return { layout, columns, reader };
}
