import { InvalidArgumentError, type Command } from 'commander';
import { loadCorpus } from '../../corpus/load';
import { extractParallel } from '../../extract/parallel';
import { writeResultJson } from '../../extract/write-json';
import { loadLexicon } from '../../lexicon/load';
import { inFileOrder, progress, writeOutput } from '../output';
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
      const corpus = await loadCorpus(inputs, { manifest: options.manifest, strict: options.strict, onProgress: progress('loading') });
      const result = await extractParallel(inFileOrder(corpus.documents), { base: options.base, lexicon, jobs: options.jobs, onProgress: progress('linking') });
      await writeOutput(options.out, (out) => writeResultJson(result, out));
      reportCorpusErrors(corpus.errors);
    });
}
