import { InvalidArgumentError, type Command } from 'commander';
import { readCorpus } from '../../corpus/load';
import type { CorpusError } from '../../errors';
import { documentsOf } from '../documents';
import { extractParallel } from '../../extract/parallel';
import { writeResultJson } from '../../extract/write-json';
import { loadLexicon } from '../../lexicon/load';
import { progress, writeOutput } from '../output';
import { reportCorpusErrors } from '../report-errors';
import { baseOption, manifestOption, outOption, strictOption } from '../options';

interface ExtractCommandOptions {
  json?: boolean;
  manifest?: string;
  lexicon?: string;
  out?: string;
  base?: string;
  strict?: boolean;
  jobs?: number;
}

/** `--jobs <n>`: a positive integer, or commander's usage error (exit code 2). */
function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

/** `claimgraph extract <dir|files…> --json`: documents with their dates, entities with their mentions. */
export function extractCommand(program: Command): void {
  program
    .command('extract')
    .description('link the entities of a corpus and date its articles; writes the extraction result as JSON')
    .argument('<inputs...>', 'a corpus directory, or article files')
    .option('--json', 'write JSON (the only format so far; the README documents its shape)')
    .addOption(manifestOption())
    .option('-l, --lexicon <file>', 'a JSON lexicon file that extends the shipped lexicon')
    .addOption(outOption())
    .addOption(baseOption())
    .addOption(strictOption())
    .option('-j, --jobs <n>', 'worker threads (default: one per core, at most one per MB of text); the output is the same for any number', positiveInteger)
    .addHelpText('after', '\nExample:\n  $ claimgraph extract examples/corpus --json --out extraction.json\n')
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const lexicon = options.lexicon ? loadLexicon({ extend: options.lexicon }) : undefined;
      // Read, extract and write one after the other: workers start on the first files while the rest are read.
      const errors: CorpusError[] = [];
      let files = 0;
      const corpus = readCorpus(inputs, { manifest: options.manifest, onProgress: (_, total) => (files = total) });
      const bar = progress('extracting');
      const result = await extractParallel(documentsOf(corpus, errors, options.strict), {
        base: options.base,
        lexicon,
        jobs: options.jobs,
        onProgress: (done) => bar(done, files - errors.length),
      });
      await writeOutput(options.out, (out) => writeResultJson(result, out));
      reportCorpusErrors(errors);
    });
}
