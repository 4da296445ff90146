import { Option, type Command } from 'commander';
import { loadCorpus } from '../../corpus/load';
import { buildGraph } from '../../pipeline/build-graph';
import { writeRdf, type RdfFormat, type RdfProfile } from '../../rdf';
import { inFileOrder, progress, writeOutput } from '../output';
import { reportCorpusErrors } from '../report-errors';
import { baseOption, manifestOption, outOption, strictOption } from '../options';

interface ExportOptions {
  format: RdfFormat;
  profile: RdfProfile;
  manifest?: string;
  out?: string;
  base?: string;
  strict?: boolean;
}

/** `claimgraph export <dir|files…>`: load a corpus and write its graph as RDF. */
export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('load a corpus and write its graph as Turtle, TriG or N-Quads')
    .argument('<inputs...>', 'a corpus directory, or article files')
    .addOption(formatOption())
    .addOption(profileOption())
    .addOption(manifestOption())
    .addOption(outOption())
    .addOption(baseOption())
    .addOption(strictOption())
    .addHelpText('after', '\nExample:\n  $ claimgraph export examples/corpus --format trig --out corpus.trig\n')
    .action(async (inputs: string[], options: ExportOptions) => {
      const corpus = await loadCorpus(inputs, { manifest: options.manifest, strict: options.strict, onProgress: progress('loading') });
      const graph = buildGraph(inFileOrder(corpus.documents), { base: options.base });
      await writeOutput(options.out, (out) => writeRdf(graph, out, { format: options.format, profile: options.profile }));
      reportCorpusErrors(corpus.errors);
    });
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'RDF syntax').choices(['turtle', 'trig', 'nquads']).default('turtle');
}

function profileOption(): Option {
  return new Option('-p, --profile <profile>', 'assertion profile: rdf11 (a node per assertion) or rdf12 (rdf:reifies)')
    .choices(['rdf11', 'rdf12'])
    .default('rdf11');
}
