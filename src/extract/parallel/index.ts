/** Extraction on worker threads: the same result as `extract()`, whatever the number of jobs. */
export { extractParallel, type ParallelExtractOptions } from './extract-parallel';
