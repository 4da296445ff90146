import { availableParallelism } from 'node:os';
import type { Document } from '../../model/document';
import type { ExtractOptions } from '../extract';
import { RuleExtractor } from '../extractor';
import type { ExtractionResult } from '../result';
import { ExtractionError } from '../../errors';
import { extractEach } from './extract-each';
import { mergeResults } from './merge';
import { extractorSetup } from './setup';
import { WorkerPool } from './worker-pool';

/** Options for {@link extractParallel}: those of `extract()`, and the number of threads. */
export interface ParallelExtractOptions extends ExtractOptions {
  /**
   * Worker threads to use. `1` extracts in this thread, starting no worker. Default: one
   * per core (`os.availableParallelism()`), started once there is a megabyte of text per
   * worker, as a worker spends about as long building its extractor as extracting a
   * megabyte (so a small corpus stays in this thread); 1 with a custom `extractor`. A
   * custom `extractor` is an object with methods, which cannot be sent to another thread:
   * with `jobs > 1` it is an error. The rule extractor's options (`base`, `lexicon` or
   * `linker`, `triggers`) are sent as data and each worker builds its own extractor.
   */
  jobs?: number;
}

/** Runs per worker for an array of documents: smaller runs even out documents that cost more than their length says. */
const RUNS_PER_WORKER = 4;

/** Text per run when the documents stream in and their total is unknown. */
const STREAMED_RUN_CHARS = 250_000;

/** Text that makes a worker worth starting when `jobs` is not given (its start costs ≈ 0.6 s). */
const CHARS_PER_DEFAULT_WORKER = 1_000_000;

/**
 * `extract()` on worker threads: the same result, byte for byte, whatever the number of
 * jobs. Documents go to the workers in runs of consecutive documents, a run to whichever
 * worker is free, and the results are merged in input order (an entity keeps what its
 * first mention says, as in `extract()`).
 *
 * `documents` may be an async iterable — `readCorpus` without its errors, say — and then
 * workers extract while the rest is still being read; `onProgress` then gets the count
 * read so far as its total.
 *
 * A document that fails stops everything (every worker is terminated, no more documents
 * are read) with an error of the class the extractor raised, whose message names the
 * file: `extractParallel: a.txt: …`, the same with `jobs: 1`. An error thrown by the
 * iterable stops everything too and is rethrown as it is.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const result = await extractParallel(documents, { jobs: 2 });  // equal to extract(documents)
 * @throws {ExtractionError} when `jobs` is not a positive integer, is above 1 with a custom
 *   `extractor`, or a worker thread dies.
 */
export async function extractParallel(documents: Iterable<Document> | AsyncIterable<Document>, options: ParallelExtractOptions = {}): Promise<ExtractionResult> {
  checkJobs(options);
  const known = Array.isArray(documents) ? (documents as readonly Document[]) : undefined;
  let read = 0;
  let done = 0;
  const onDocument = () => options.onProgress?.(++done, known?.length ?? read);
  if (options.extractor || options.jobs === 1) {
    const all = await collect(documents);
    read = all.length;
    return extractEach(all, options.extractor ?? new RuleExtractor(options), onDocument);
  }

  const cores = options.jobs ?? availableParallelism();
  // Workers wanted once `chars` of text are read: all of them at once when `jobs` is given.
  const wanted = (chars: number) => (options.jobs !== undefined ? cores : Math.min(cores, Math.ceil(chars / CHARS_PER_DEFAULT_WORKER)));
  const total = known?.reduce((sum, d) => sum + d.text.length, 0);
  const runChars = total === undefined ? STREAMED_RUN_CHARS : total / (wanted(total) * RUNS_PER_WORKER);

  const pool = new WorkerPool(extractorSetup(options), onDocument);
  const held: Document[][] = [[]]; // runs not yet submitted; the last one is filling
  let [chars, runLength] = [0, 0];
  const submitHeld = (all: boolean) => {
    while (held.length > (all ? 0 : 1)) {
      const run = held.shift()!;
      if (run.length > 0) pool.submit(run);
    }
  };
  try {
    for await (const document of documents) {
      if (pool.stopped) break;
      read++;
      chars += document.text.length;
      runLength += document.text.length + 1; // an empty document still costs something
      held.at(-1)!.push(document);
      if (runLength >= runChars) {
        held.push([]);
        runLength = 0;
      }
      if (wanted(chars) > 1) pool.grow(wanted(chars));
      if (pool.size > 0) submitHeld(false);
    }
  } catch (error) {
    pool.fail(error);
  }
  if (pool.size === 0 && !pool.stopped) return extractEach(held.flat(), new RuleExtractor(options), onDocument);
  submitHeld(true);
  pool.close();
  return mergeResults(await pool.results);
}

function checkJobs({ jobs, extractor }: ParallelExtractOptions): void {
  if (jobs === undefined) return;
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new ExtractionError(`extractParallel: jobs must be a positive integer, not ${jobs}`, { field: 'jobs' });
  if (jobs > 1 && extractor) {
    throw new ExtractionError('extractParallel: a custom extractor cannot be sent to worker threads; use jobs: 1, or give the rule extractor options instead', { field: 'extractor' });
  }
}

async function collect<T>(items: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  if (Array.isArray(items)) return items as T[];
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
