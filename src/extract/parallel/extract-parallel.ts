import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../../model/document';
import type { ExtractOptions } from '../extract';
import { RuleExtractor } from '../extractor';
import type { ExtractionResult } from '../result';
import { balancedChunks, type Chunk } from './chunks';
import { ExtractionError } from '../../errors';
import { extractEach } from './extract-each';
import { mergeResults } from './merge';
import type { ChunkRequest, WorkerReport } from './protocol';
import { extractorSetup, type ExtractorSetup } from './setup';
import { reviveError } from './transfer-error';
import { workerEntry } from './worker-entry';

/** Options for {@link extractParallel}: those of `extract()`, and the number of threads. */
export interface ParallelExtractOptions extends ExtractOptions {
  /**
   * Worker threads to use. `1` extracts in this thread, starting no worker. Default: one
   * per core (`os.availableParallelism()`) but no more than one per megabyte of text, as
   * a worker spends about as long building its extractor as extracting a megabyte (so a
   * small corpus stays in this thread); 1 with a custom `extractor`. A custom `extractor`
   * is an object with methods, which cannot be sent to another thread: with `jobs > 1` it
   * is an error. The rule extractor's options (`base`, `lexicon` or `linker`, `triggers`)
   * are sent as data and each worker builds its own extractor from them.
   */
  jobs?: number;
}

/** Chunks per worker: smaller chunks even out documents that cost more than their length says. */
const CHUNKS_PER_WORKER = 4;

/** Text that makes a worker worth starting when `jobs` is not given (its start costs ≈ 0.6 s). */
const CHARS_PER_DEFAULT_WORKER = 1_000_000;

/**
 * `extract()` on worker threads: the same result, byte for byte, whatever the number of
 * jobs. Documents go to the workers in runs of consecutive documents of about the same
 * text length, a run to whichever worker is free; the results are merged in input order
 * (an entity keeps what its first mention says, as in `extract()`).
 *
 * A document that fails stops everything (every worker is terminated) with an error of
 * the class the extractor raised, whose message names the file:
 * `extractParallel: a.txt: …`, the same with `jobs: 1`.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const result = await extractParallel(documents, { jobs: 2 });  // equal to extract(documents)
 * @throws {ExtractionError} when `jobs` is not a positive integer, is above 1 with a custom
 *   `extractor`, or a worker thread dies.
 */
export async function extractParallel(documents: readonly Document[], options: ParallelExtractOptions = {}): Promise<ExtractionResult> {
  const lengths = documents.map((d) => d.text.length);
  const workers = Math.min(jobsOf(options, lengths), documents.length);
  let done = 0;
  const onDocument = () => options.onProgress?.(++done, documents.length);
  if (workers <= 1) return extractEach(documents, options.extractor ?? new RuleExtractor(options), onDocument);
  return inWorkers(documents, balancedChunks(lengths, workers * CHUNKS_PER_WORKER), workers, extractorSetup(options), onDocument);
}

function jobsOf({ jobs, extractor }: ParallelExtractOptions, lengths: readonly number[]): number {
  if (jobs === undefined) {
    const text = lengths.reduce((sum, n) => sum + n, 0);
    return extractor ? 1 : Math.min(availableParallelism(), Math.ceil(text / CHARS_PER_DEFAULT_WORKER));
  }
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new ExtractionError(`extractParallel: jobs must be a positive integer, not ${jobs}`, { field: 'jobs' });
  if (jobs > 1 && extractor) {
    throw new ExtractionError('extractParallel: a custom extractor cannot be sent to worker threads; use jobs: 1, or give the rule extractor options instead', { field: 'extractor' });
  }
  return jobs;
}

/** Runs the chunks on `count` workers, a chunk to each free worker, and merges the results in chunk order. */
function inWorkers(documents: readonly Document[], chunks: Chunk[], count: number, setup: ExtractorSetup, onDocument: () => void): Promise<ExtractionResult> {
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const results: ExtractionResult[] = [];
    let sent = 0;
    let received = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve(mergeResults(results));
      else reject(error);
    };
    const sendNext = (worker: Worker) => {
      if (sent === chunks.length) return;
      const { start, end } = chunks[sent]!;
      worker.postMessage({ index: sent++, documents: documents.slice(start, end) } satisfies ChunkRequest);
    };
    const onReport = (worker: Worker, report: WorkerReport) => {
      if (report.type === 'progress') onDocument();
      else if (report.type === 'failed') finish(reviveError(report.error));
      else {
        results[report.index] = report.result;
        if (++received === chunks.length) finish();
        else sendNext(worker);
      }
    };
    try {
      for (let i = 0; i < count; i++) {
        const worker = new Worker(entry.script, { eval: entry.eval, workerData: setup });
        workers.push(worker);
        worker.on('message', (report: WorkerReport) => {
          if (settled) return;
          try {
            onReport(worker, report);
          } catch (error) {
            finish(error); // thrown by onProgress, or documents that cannot be cloned
          }
        });
        worker.on('error', (error) => finish(new ExtractionError(`extractParallel: a worker thread failed: ${error.message}`, {}, { cause: error })));
        worker.on('exit', (code) => finish(new ExtractionError(`extractParallel: a worker thread exited (code ${code}) before the work was done`)));
        sendNext(worker);
      }
    } catch (error) {
      finish(error); // a worker that cannot start, documents that cannot be cloned
    }
  });
}
