import type { Command } from 'commander';
import { loadCorpus } from '../../corpus/load';
import { formatEvalJson, formatEvalReport } from '../../eval/report';
import { evaluate } from '../../eval/evaluate';
import { loadExtractionResult } from '../../eval/extraction-result';
import { loadGold } from '../../eval/gold';
import { extract } from '../../extract/extract';
import type { ScorableResult } from '../../eval/scorable';
import type { ClaimgraphError } from '../../errors';
import { progress, writeOutput } from '../output';
import { reportCorpusErrors } from '../report-errors';

interface EvalOptions {
  predicted?: string;
  json?: boolean;
  types?: string[];
  summary?: boolean;
  manifest?: string;
  strict?: boolean;
  out?: string;
}

/** `--types Person,Country --types Place` → `['Person', 'Country', 'Place']`. */
function typeList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((type) => type.trim()).filter(Boolean)];
}

/** The result to score and the corpus files that could not be loaded for it. */
async function resultToScore(inputs: string[], options: EvalOptions): Promise<{ result: ScorableResult; errors: ClaimgraphError[] }> {
  if (options.predicted !== undefined) return { result: await loadExtractionResult(options.predicted), errors: [] };
  const corpus = await loadCorpus(inputs, { manifest: options.manifest, strict: options.strict, onProgress: progress('loading') });
  return { result: extract(corpus.documents, { onProgress: progress('linking') }), errors: corpus.errors };
}

/**
 * `claimgraph eval <gold.json> [inputs…]`: score entity linking and publication dating
 * against a gold file — of the built-in extractor run on a corpus, or of a saved result.
 */
export function evalCommand(program: Command): void {
  program
    .command('eval')
    .description('score the extractor (or a saved extraction result) against a gold annotation')
    .argument('<gold>', 'gold annotation JSON (like __tests__/fixtures/seeds.gold.json)')
    .argument('[inputs...]', 'a corpus directory, or article files, to run the extractor on')
    .option('--predicted <result>', 'score this saved extraction result (claimgraph extract --json) instead of running the extractor')
    .option('--types <list>', 'score only gold entities of these comma-separated types (e.g. Person,Country)', typeList)
    .option('--json', 'print the scores as JSON')
    .option('--summary', 'print the figures only, not the lists of missed and spurious pairs')
    .option('-m, --manifest <file>', 'JSON manifest giving titles, outlets, URLs and dates')
    .option('--strict', 'stop at the first file that cannot be loaded')
    .option('-o, --out <file>', 'write here (atomically) instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ claimgraph eval gold.json examples/corpus\n' +
        '  $ claimgraph eval gold.json --predicted result.json --types Person,Country,Organization,GovernmentBody,Place\n' +
        '  $ claimgraph eval gold.json examples/corpus --json --out eval.json\n',
    )
    .action(async (goldFile: string, inputs: string[], options: EvalOptions, command: Command) => {
      if (options.predicted !== undefined && inputs.length > 0) command.error('error: give corpus inputs or --predicted <result>, not both', { exitCode: 2 });
      if (options.predicted === undefined && inputs.length === 0) command.error('error: give corpus inputs to run the extractor on, or --predicted <result>', { exitCode: 2 });
      if (options.types !== undefined && options.types.length === 0) command.error('error: --types needs at least one type', { exitCode: 2 });
      const gold = await loadGold(goldFile);
      const { result, errors } = await resultToScore(inputs, options);
      const report = evaluate(result, gold, { types: options.types });
      const text = options.json ? formatEvalJson(report) : formatEvalReport(report, { details: !options.summary });
      await writeOutput(options.out, async (out) => void out.write(text));
      reportCorpusErrors(errors);
    });
}
