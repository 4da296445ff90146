import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadCorpus } from '../../corpus/load';
import { formatEvalJson, formatEvalReport } from '../../eval/report';
import { documentKey } from '../../eval/documents';
import { evaluate } from '../../eval/evaluate';
import { loadExtractionResult } from '../../eval/extraction-result';
import { loadGold, type Gold } from '../../eval/gold';
import { extract } from '../../extract/extract';
import type { ScorableResult } from '../../eval/scorable';
import type { ClaimgraphError } from '../../errors';
import { progress, writeOutput } from '../output';
import { reportCorpusErrors } from '../report-errors';
import { manifestOption, outOption, strictOption } from '../options';

interface EvalOptions {
  predicted?: string;
  corpus?: string[];
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

/** `--corpus a --corpus b` → `['a', 'b']`. */
function pathList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** What to score: the result, the texts of its documents (for events), and the corpus files that could not be loaded. */
interface ToScore {
  result: ScorableResult;
  texts: Map<string, string>;
  errors: ClaimgraphError[];
}

/** The text of a file as the corpus loader reads it (a byte-order mark kept), or `undefined` when it cannot be read. */
async function readText(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The texts of a saved result's documents that the gold has, read from the files the result
 * names (as given, else next to the result file). A file that cannot be read is left out: the
 * report lists its document as having no text.
 */
async function resultTexts(result: ScorableResult, resultFile: string, gold: Gold): Promise<Map<string, string>> {
  const golden = new Set(gold.documents.map((document) => documentKey(document.file)));
  const texts = new Map<string, string>();
  for (const { file } of result.documents) {
    if (!golden.has(documentKey(file)) || texts.has(file)) continue;
    const candidates = isAbsolute(file) ? [file] : [file, resolve(dirname(resultFile), file)];
    for (const candidate of candidates) {
      const text = await readText(candidate);
      if (text !== undefined) {
        texts.set(file, text);
        break;
      }
    }
  }
  return texts;
}

async function toScore(inputs: string[], options: EvalOptions, gold: Gold): Promise<ToScore> {
  const load = (paths: string[]) => loadCorpus(paths, { manifest: options.manifest, strict: options.strict, onProgress: progress('loading') });
  if (options.predicted === undefined) {
    const corpus = await load(inputs);
    const texts = new Map(corpus.documents.map((document) => [document.file, document.text]));
    return { result: extract(corpus.documents, { onProgress: progress('linking') }), texts, errors: corpus.errors };
  }
  const result = await loadExtractionResult(options.predicted);
  // Texts are needed only to score events, which needs assertions.
  if (result.assertions === undefined) return { result, texts: new Map(), errors: [] };
  if (options.corpus !== undefined) {
    const corpus = await load(options.corpus);
    return { result, texts: new Map(corpus.documents.map((document) => [document.file, document.text])), errors: corpus.errors };
  }
  return { result, texts: await resultTexts(result, options.predicted, gold), errors: [] };
}

/**
 * `claimgraph eval <gold.json> [inputs…]`: score entity linking, publication dating and
 * events against a gold file — of the built-in extractor run on a corpus, or of a saved result.
 */
export function evalCommand(program: Command): void {
  program
    .command('eval')
    .description('score the extractor (or a saved extraction result) against a gold annotation')
    .argument('<gold>', 'gold annotation JSON (like __tests__/fixtures/seeds.gold.json)')
    .argument('[inputs...]', 'a corpus directory, or article files, to run the extractor on')
    .option('--predicted <result>', 'score this saved extraction result (claimgraph extract --json) instead of running the extractor')
    .option(
      '--corpus <path>',
      "with --predicted: where the documents' texts are, to score events (a directory or files; repeatable; default: the files the result names)",
      pathList,
    )
    .option('--types <list>', 'score only gold entities of these comma-separated types (e.g. Person,Country)', typeList)
    .option('--json', 'print the scores as JSON')
    .option('--summary', 'print the figures only, not the lists of missed and spurious pairs and events')
    .addOption(manifestOption())
    .addOption(strictOption())
    .addOption(outOption())
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ claimgraph eval gold.json examples/corpus\n' +
        '  $ claimgraph eval gold.json --predicted result.json --types Person,Country,Organization,GovernmentBody,Place\n' +
        '  $ claimgraph eval gold.json --predicted result.json --corpus examples/corpus\n' +
        '  $ claimgraph eval gold.json examples/corpus --json --out eval.json\n',
    )
    .action(async (goldFile: string, inputs: string[], options: EvalOptions, command: Command) => {
      if (options.predicted !== undefined && inputs.length > 0) command.error('error: give corpus inputs or --predicted <result>, not both', { exitCode: 2 });
      if (options.predicted === undefined && inputs.length === 0) command.error('error: give corpus inputs to run the extractor on, or --predicted <result>', { exitCode: 2 });
      if (options.predicted === undefined && options.corpus !== undefined) {
        command.error('error: --corpus goes with --predicted (the extractor reads the texts of its inputs)', { exitCode: 2 });
      }
      if (options.types !== undefined && options.types.length === 0) command.error('error: --types needs at least one type', { exitCode: 2 });
      const gold = await loadGold(goldFile);
      const { result, texts, errors } = await toScore(inputs, options, gold);
      const report = evaluate(result, gold, { types: options.types, texts });
      const text = options.json ? formatEvalJson(report) : formatEvalReport(report, { details: !options.summary });
      await writeOutput(options.out, async (out) => void out.write(text));
      reportCorpusErrors(errors);
    });
}
