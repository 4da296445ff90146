import type { ClaimgraphError } from '../errors';

/**
 * Prints the per-file errors of a load on stderr, one line each, and makes the process
 * exit with 1 — after the output of the files that did load has been written.
 */
export function reportCorpusErrors(errors: readonly ClaimgraphError[]): void {
  for (const error of errors) process.stderr.write(`claimgraph: ${error.message}\n`);
  if (errors.length > 0) {
    process.stderr.write(`claimgraph: ${errors.length} file(s) could not be loaded; the others were processed\n`);
    process.exitCode = 1;
  }
}
