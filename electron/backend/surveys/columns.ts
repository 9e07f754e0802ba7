import { METADATA_COLUMNS, type MetadataColumn } from '../../../shared/domain/surveys';
import { fileProblem } from '../tabular';
import type { QuestionLayout, VersionLayout } from './layout';

export interface QuestionColumn {
  index: number;
  header: string;
  layout: QuestionLayout;
}

export interface ColumnMap {
  questions: QuestionColumn[];
  metadata: Partial<Record<MetadataColumn, { index: number; header: string }>>;
  /** Question codes the file has no column for. */
  missing: string[];
}

/**
 * Matches a file's headers to the survey's question codes and the metadata columns,
 * case-insensitively. An unknown column is refused rather than silently dropped: it is most
 * often a misspelt question code whose answers would otherwise vanish.
 */
export function mapColumns(
  headers: readonly string[],
  layout: VersionLayout,
  fileName: string,
): ColumnMap {
  const byCode = new Map(
    layout.questions.map((entry) => [entry.question.code.toLowerCase(), entry]),
  );
  const map: ColumnMap = { questions: [], metadata: {}, missing: [] };
  headers.forEach((header, index) => {
    const name = header.trim().toLowerCase();
    const question = byCode.get(name);
    if (question) {
      map.questions.push({ index, header, layout: question });
      return;
    }
    if ((METADATA_COLUMNS as readonly string[]).includes(name)) {
      map.metadata[name as MetadataColumn] = { index, header };
      return;
    }
    throw fileProblem(
      fileName,
      `is not a question code of this survey or one of ${METADATA_COLUMNS.join(', ')}; ` +
        `the survey\u2019s codes are ` +
        `${layout.questions.map((entry) => entry.question.code).join(', ')}`,
      { row: 1, column: header },
    );
  });
  if (map.questions.length === 0) {
    throw fileProblem(fileName, 'has no column named after a question of this survey', {
      row: 1,
    });
  }
  const present = new Set(map.questions.map((column) => column.layout.question.code));
  map.missing = layout.questions
    .map((entry) => entry.question.code)
    .filter((code) => !present.has(code));
  const requiredMissing = layout.questions.find(
    (entry) => entry.question.required && !present.has(entry.question.code),
  );
  if (requiredMissing) {
    throw fileProblem(
      fileName,
      `has no column for the required question ${requiredMissing.question.code}`,
      { row: 1 },
    );
  }
  return map;
}
