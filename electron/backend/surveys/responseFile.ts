import type { Worker } from 'node:worker_threads';
import type { RejectedRow } from '../../../shared/domain/imports';
import { AppError, isErrorPayload, type ErrorPayload } from '../../../shared/errors';
import type { WorkerLauncher } from '../workers';
import { BatchDecoder, type EncodedBatch } from './batchCodec';
import type { ReaderSetup } from './readerSetup';
import type { ParsedResponse } from './rowReader';

/**
 * Batches the reader may send ahead of the one being written. Enough to keep the writer
 * from waiting; few enough that a million-row file never sits parsed in memory.
 */
export const BATCHES_AHEAD = 3;

/** What the response file worker is asked to read. */
export interface ReadJob {
  path: string;
  setup: ReaderSetup;
}

/** One slice of the file, checked: the rows to store and the rows refused, in file order. */
export interface CheckedBatch {
  responses: ParsedResponse[];
  rejections: RejectedRow[];
  /** Bytes of the file consumed so far, for progress. */
  bytesRead: number;
}

export type FromReader =
  | { type: 'opened'; fileName: string; sizeBytes: number }
  | {
      type: 'batch';
      batch: EncodedBatch;
      rejections: RejectedRow[];
      bytesRead: number;
    }
  | { type: 'done' }
  | { type: 'failed'; error: ErrorPayload | { message: string } };

/** A file to read, or word that the writer has taken a batch and one more may come. */
export type ToReader = { type: 'read'; job: ReadJob } | { type: 'taken' };

/** A response file being read and checked on a worker thread, batch by batch. */
export interface ResponseFileReading {
  fileName: string;
  sizeBytes: number;
  batches(): AsyncGenerator<CheckedBatch>;
  /**
   * Ends the reading: a worker that finished its file is kept for the next, one stopped
   * half way is ended. Safe to call more than once.
   */
  stop(): Promise<void>;
}

function errorFrom(failure: Extract<FromReader, { type: 'failed' }>['error']): Error {
  if (isErrorPayload(failure)) {
    return new AppError(failure.code, failure.message, failure.details);
  }
  return new Error(`reading the response file failed: ${failure.message}`);
}

/** Messages in arrival order, waited for one at a time. */
class Inbox {
  private readonly queue: FromReader[] = [];
  private waiting: ((message: FromReader) => void) | null = null;

  push(message: FromReader): void {
    if (this.waiting) {
      const deliver = this.waiting;
      this.waiting = null;
      deliver(message);
    } else {
      this.queue.push(message);
    }
  }

  next(): Promise<FromReader> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }
}

/** Feeds the worker's messages and failures into the inbox; returns how to stop listening. */
function listen(worker: Worker, inbox: Inbox): () => void {
  let finished = false;
  const onMessage = (message: FromReader) => {
    if (message.type === 'done' || message.type === 'failed') finished = true;
    inbox.push(message);
  };
  const onError = (error: Error) => {
    finished = true;
    inbox.push({ type: 'failed', error: { message: error.message } });
  };
  const onExit = (code: number) => {
    if (finished) return;
    inbox.push({
      type: 'failed',
      error: { message: `the reader stopped early (exit code ${code})` },
    });
  };
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  return () => {
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
  };
}

/**
 * Starts reading a response file on a worker thread, so parsing and checking the rows
 * overlaps with writing them. Resolves once the file is open and its headers match the
 * survey; a file refused whole rejects here, before anything is written.
 */
export async function startResponseFileReading(
  workers: WorkerLauncher,
  job: ReadJob,
): Promise<ResponseFileReading> {
  const lease = await workers.lease('responseFileWorker');
  const { worker } = lease;
  const inbox = new Inbox();
  const stopListening = listen(worker, inbox);
  // Whether the worker is between jobs again: it answered for the whole file.
  let finishedCleanly = false;
  const stop = () => {
    stopListening();
    if (finishedCleanly) {
      lease.release();
      return Promise.resolve();
    }
    return lease.discard();
  };
  worker.postMessage({ type: 'read', job } satisfies ToReader);

  const first = await inbox.next();
  if (first.type !== 'opened') {
    finishedCleanly = first.type === 'failed' && isErrorPayload(first.error);
    await stop();
    throw first.type === 'failed'
      ? errorFrom(first.error)
      : new Error(`the reader sent ${first.type} before opening the file`);
  }

  const decoder = new BatchDecoder();
  async function* batches(): AsyncGenerator<CheckedBatch> {
    for (;;) {
      const message = await inbox.next();
      switch (message.type) {
        case 'batch':
          worker.postMessage({ type: 'taken' } satisfies ToReader);
          yield {
            responses: decoder.decode(message.batch),
            rejections: message.rejections,
            bytesRead: message.bytesRead,
          };
          break;
        case 'done':
          finishedCleanly = true;
          return;
        case 'failed':
          finishedCleanly = isErrorPayload(message.error);
          throw errorFrom(message.error);
        case 'opened':
          throw new Error('the reader opened the file twice');
      }
    }
  }

  return { fileName: first.fileName, sizeBytes: first.sizeBytes, batches, stop };
}
