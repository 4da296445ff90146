import { Worker } from 'node:worker_threads';
import { ExtractionError } from '../../errors';
import type { Document } from '../../model/document';
import type { ExtractionResult } from '../result';
import type { ChunkRequest, WorkerReport } from './protocol';
import type { ExtractorSetup } from './setup';
import { reviveError } from './transfer-error';
import { workerEntry } from './worker-entry';

/**
 * Worker threads that extract runs of documents, a run to whichever worker is free, and
 * hand back the results in the order the runs were submitted. Workers can be added while
 * runs arrive, so extraction starts before the whole corpus is read. The first failure
 * terminates every worker and rejects {@link results}.
 */
export class WorkerPool {
  readonly #setup: ExtractorSetup;
  readonly #onDocument: () => void;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #waiting: ChunkRequest[] = [];
  readonly #results: ExtractionResult[] = [];
  #submitted = 0;
  #received = 0;
  #closed = false;
  #stopped = false;
  #resolve!: (results: ExtractionResult[]) => void;
  #reject!: (error: unknown) => void;
  /** The results of every submitted run, in order, once {@link close} is called and all are back. */
  readonly results = new Promise<ExtractionResult[]>((resolve, reject) => {
    this.#resolve = resolve;
    this.#reject = reject;
  });

  constructor(setup: ExtractorSetup, onDocument: () => void) {
    this.#setup = setup;
    this.#onDocument = onDocument;
    this.results.catch(() => {}); // observed by whoever awaits it; no unhandled rejection meanwhile
  }

  /** Workers started so far. */
  get size(): number {
    return this.#workers.length;
  }

  /** Whether the pool has stopped: a worker failed, or every result is in. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Starts workers until there are `count`. */
  grow(count: number): void {
    const entry = workerEntry();
    while (!this.#stopped && this.#workers.length < count) {
      const worker = new Worker(entry.script, { eval: entry.eval, workerData: this.#setup });
      this.#workers.push(worker);
      worker.on('message', (report: WorkerReport) => {
        try {
          this.#onReport(worker, report);
        } catch (error) {
          this.fail(error); // thrown by onProgress
        }
      });
      worker.on('error', (error) => this.fail(new ExtractionError(`extractParallel: a worker thread failed: ${error.message}`, {}, { cause: error })));
      worker.on('exit', (code) => this.fail(new ExtractionError(`extractParallel: a worker thread exited (code ${code}) before the work was done`)));
      this.#dispatch(worker);
    }
  }

  /** Queues a run of consecutive documents. */
  submit(documents: Document[]): void {
    if (this.#stopped) return;
    this.#waiting.push({ index: this.#submitted++, documents });
    const worker = this.#idle.pop();
    if (worker) this.#dispatch(worker);
  }

  /** No more runs: {@link results} resolves once every submitted run is back. */
  close(): void {
    this.#closed = true;
    this.#settleIfDone();
  }

  /** Stops every worker and rejects {@link results} with `error` (only the first failure counts). */
  fail(error: unknown): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#terminate();
    this.#reject(error);
  }

  #dispatch(worker: Worker): void {
    const request = this.#waiting.shift();
    if (!request) {
      this.#idle.push(worker);
      return;
    }
    try {
      worker.postMessage(request);
    } catch (error) {
      this.fail(error); // documents that cannot be cloned
    }
  }

  #onReport(worker: Worker, report: WorkerReport): void {
    if (this.#stopped) return;
    if (report.type === 'progress') this.#onDocument();
    else if (report.type === 'failed') this.fail(reviveError(report.error));
    else {
      this.#results[report.index] = report.result;
      this.#received++;
      this.#dispatch(worker);
      this.#settleIfDone();
    }
  }

  #settleIfDone(): void {
    if (this.#stopped || !this.#closed || this.#received < this.#submitted) return;
    this.#stopped = true; // so that the exits of the terminated workers reject nothing
    this.#terminate();
    this.#resolve(this.#results);
  }

  #terminate(): void {
    for (const worker of this.#workers) void worker.terminate();
  }
}
