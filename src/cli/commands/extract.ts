import type { Command } from 'commander';
import { loadCorpus } from '../../corpus/load';
import { extract } from '../../extract/extract';
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
    .addHelpText('after', '\nExample:\n  $ claimgraph extract examples/corpus --json --out extraction.json\n')
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const lexicon = options.lexicon ? loadLexicon({ extend: options.lexicon }) : undefined;
      const corpus = await loadCorpus(inputs, { manifest: options.manifest, strict: options.strict, onProgress: progress('loading') });
      const result = extract(inFileOrder(corpus.documents), { base: options.base, lexicon, onProgress: progress('linking') });
      await writeOutput(options.out, (out) => writeResultJson(result, out));
      reportCorpusErrors(corpus.errors);
    });
}
