import { Option, type Command } from 'commander';
import { graphToGexf } from '../../graph/gexf';
import { writeRdf, type RdfFormat, type RdfProfile } from '../../rdf';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { graphInput, outOption } from '../options';
import { writeOutput } from '../output';

interface ExportOptions extends GraphInputOptions {
  format: RdfFormat | 'gexf';
  profile: RdfProfile;
  out?: string;
}

/** `claimgraph export <inputs…>`: write a graph (a corpus built into one, or a saved one) as RDF or GEXF. */
export function exportCommand(program: Command): void {
  graphInput(program.command('export'))
    .description('write the graph of a corpus (or a saved graph) as Turtle, TriG, N-Quads, or GEXF for Gephi')
    .addOption(formatOption())
    .addOption(profileOption())
    .addOption(outOption())
    .addHelpText(
      'after',
      '\nExamples:\n  $ claimgraph export examples/corpus --format trig --out corpus.trig\n  $ claimgraph export corpus.ttl --format gexf --out corpus.gexf\n',
    )
    .action(async (inputs: string[], options: ExportOptions) => {
      const { graph } = await loadGraphInput(inputs, options);
      const { format, profile } = options;
      await writeOutput(options.out, async (out) => {
        if (format === 'gexf') out.write(graphToGexf(graph));
        else await writeRdf(graph, out, { format, profile });
      });
    });
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'RDF syntax, or gexf (the entity network, for Gephi)').choices(['turtle', 'trig', 'nquads', 'gexf']).default('turtle');
}

function profileOption(): Option {
  return new Option('-p, --profile <profile>', 'assertion profile of the RDF formats (not used by gexf): rdf11 (a node per assertion) or rdf12 (rdf:reifies)')
    .choices(['rdf11', 'rdf12'])
    .default('rdf11');
}
