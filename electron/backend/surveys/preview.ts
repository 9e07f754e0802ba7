import { ImportTally } from '../../../shared/domain/imports';
import { METADATA_COLUMNS } from '../../../shared/domain/surveys';
import type { ImportPreview } from '../../../shared/domain/surveyResponses';
import type { WorkspaceDb } from '../db/connection';
import { openTabularFile } from '../tabular';
import { readerSetupFor } from './importer';
import { prepareReader } from './readerSetup';

const SAMPLE_ROWS = 20;

/** Reads a response file's header and first rows and checks them, writing nothing. */
export async function previewResponseFile(
  db: WorkspaceDb,
  surveyId: number,
  path: string,
): Promise<ImportPreview> {
  const file = await openTabularFile(path);
  try {
    const { columns, reader } = prepareReader(
      readerSetupFor(db, surveyId),
      file.headers,
      file.fileName,
    );
    const tally = new ImportTally();
    const sample: ImportPreview['sample'] = [];
    for await (const batch of file.batches()) {
      for (const problem of batch.malformed)
        tally.reject(problem.row, '', problem.reason);
      for (
        let index = 0;
        index < batch.rows.length && sample.length < SAMPLE_ROWS;
        index += 1
      ) {
        const cells = batch.rows[index] as string[];
        const row = batch.numbers[index] as number;
        sample.push({ row, cells });
        reader.read(cells, row, tally);
      }
      if (sample.length >= SAMPLE_ROWS) break;
    }
    return {
      fileName: file.fileName,
      format: file.format,
      sizeBytes: file.sizeBytes,
      headers: file.headers,
      missingQuestions: columns.missing,
      metadataColumns: METADATA_COLUMNS.filter((name) => columns.metadata[name]),
      sample,
      sampleRejected: tally.report().rejected,
    };
  } finally {
    await file.close();
  }
}
