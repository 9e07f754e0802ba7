/**
 * The worker thread that reads a response file and checks its rows, while the backend's
 * own thread writes the rows already checked. It never touches the database. It takes one
 * job at a time and then waits for the next.
 */
import { parentPort } from 'node:worker_threads';
import type { RejectedRow } from '../../../shared/domain/imports';
import { AppError } from '../../../shared/errors';
import { openTabularFile } from '../tabular';
import { BatchEncoder, transferablesOf } from './batchCodec';
import { prepareReader } from './readerSetup';
import {
  BATCHES_AHEAD,
  type FromReader,
  type ReadJob,
  type ToReader,
} from './responseFile';
import type { ParsedResponse } from './rowReader';

const port = parentPort;
if (!port) throw new Error('the response file reader runs only as a worker thread');

const send = (message: FromReader, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

/** Batches sent and not yet taken; the reader waits while the writer is that far behind. */
let ahead = 0;
let resume: (() => void) | null = null;
port.on('message', (message: ToReader) => {
  if (message.type === 'read') {
    ahead = 0;
    read(message.job).catch(reportFailure);
    return;
  }
  ahead -= 1;
  resume?.();
  resume = null;
});

function roomToSend(): Promise<void> {
  if (ahead < BATCHES_AHEAD) return Promise.resolve();
  return new Promise((resolve) => {
    resume = resolve;
  });
}

async function read(job: ReadJob): Promise<void> {
  const file = await openTabularFile(job.path);
  try {
    const { reader } = prepareReader(job.setup, file.headers, file.fileName);
    const encoder = new BatchEncoder();
    send({ type: 'opened', fileName: file.fileName, sizeBytes: file.sizeBytes });
    // One message per chunk the file is read in: gathering larger ones made both threads
    // slower, their rows outliving the garbage collector's young generation.
    for await (const batch of file.batches()) {
      const rejections: RejectedRow[] = batch.malformed.map((problem) => ({
        row: problem.row,
        column: '',
        reason: problem.reason,
      }));
      const sink = {
        reject: (row: number, column: string, reason: string) =>
          rejections.push({ row, column, reason }),
      };
      const responses: ParsedResponse[] = [];
      const { rows, numbers } = batch;
      for (let index = 0; index < rows.length; index += 1) {
        const parsed = reader.read(
          rows[index] as string[],
          numbers[index] as number,
          sink,
        );
        if (parsed) responses.push(parsed);
      }
      if (batch.malformed.length > 0) rejections.sort((a, b) => a.row - b.row);
      await roomToSend();
      ahead += 1;
      const encoded = encoder.encode(responses);
      send(
        { type: 'batch', batch: encoded, rejections, bytesRead: file.bytesRead() },
        transferablesOf(encoded),
      );
    }
    send({ type: 'done' });
  } finally {
    await file.close();
  }
}

function reportFailure(error: unknown): void {
  send({
    type: 'failed',
    error:
      error instanceof AppError
        ? error.toPayload()
        : { message: error instanceof Error ? error.message : String(error) },
  });
}
