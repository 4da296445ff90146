import type { Command } from 'commander';
import { analysisRecords, contradictions, stanceChanges, type AnalysisRecord, type AnalysisRecords } from '../../query';
import { sparqlContradictionAnswer } from '../../sparql';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { baseOption, jsonOption, manifestOption, outOption, strictOption } from '../options';
import { writeOutput } from '../output';
import { endpointOptions, endpointStore, type EndpointCommandOptions } from './push';

interface ContradictionsOptions extends GraphInputOptions, EndpointCommandOptions {
  json?: boolean;
  out?: string;
}

/** `claimgraph contradictions <inputs…>`: every contradiction, kept as a record with its reason, and the stance changes. */
export function contradictionsCommand(program: Command): void {
  const command = program
    .command('contradictions')
    .argument('[inputs...]', 'a corpus directory, article files, or one saved graph (.json, .ttl, .trig, .nq); not with --endpoint')
    .addOption(manifestOption())
    .addOption(baseOption())
    .addOption(strictOption())
    .description('list the claims that contradict each other (with the reason) and the stances that changed over time');
  endpointOptions(command, 'ask this SPARQL endpoint (loaded with claimgraph push) instead of reading inputs; stance changes are then not computed')
    .addOption(jsonOption('the records'))
    .addOption(outOption())
    .addHelpText(
      'after',
      '\nExamples:\n  $ claimgraph contradictions examples/corpus\n  $ claimgraph contradictions corpus.ttl --json --out contradictions.json\n' +
        '  $ claimgraph contradictions --endpoint http://localhost:8890/sparql --graph urn:claimgraph:news --json\n',
    )
    .action(async (inputs: string[], options: ContradictionsOptions) => {
      const records = options.endpoint ? await fromEndpoint(inputs, options) : await fromInputs(command, inputs, options);
      await writeOutput(options.out, async (out) => {
        out.write(options.json ? `${JSON.stringify(records, null, 2)}\n` : formatRecords(records));
      });
    });
}

async function fromInputs(command: Command, inputs: string[], options: ContradictionsOptions): Promise<AnalysisRecords> {
  if (inputs.length === 0) command.error("error: missing required argument 'inputs' (or give --endpoint)", { exitCode: 2, code: 'claimgraph.usage' });
  const { graph } = await loadGraphInput(inputs, options);
  return analysisRecords(graph, { contradictions: contradictions(graph), changes: stanceChanges(graph) });
}

/** The contradictions the endpoint answers; stance changes need the whole graph in memory, so there are none. */
async function fromEndpoint(inputs: string[], options: ContradictionsOptions): Promise<AnalysisRecords> {
  if (inputs.length > 0) process.stderr.write(`claimgraph: --endpoint given: ${inputs.length} input(s) not read\n`);
  const answer = await sparqlContradictionAnswer(endpointStore(options), {
    ...(options.graph !== undefined && { graph: options.graph }),
    ...(options.base !== undefined && { base: options.base }),
  });
  process.stderr.write('claimgraph: stance changes are not computed against an endpoint\n');
  return analysisRecords(answer.graph, { contradictions: answer.contradictions, changes: [] });
}

function formatRecords(records: AnalysisRecords): string {
  const section = (title: string, list: readonly AnalysisRecord[]) => {
    if (list.length === 0) return `${title}: none\n`;
    const items = list.map((r, i) => `${String(i + 1).padStart(3)}. ${[r.kind, r.severity].filter(Boolean).join(', ')}\n${wrap(r.explanation, 96, '     ')}`);
    return `${title} (${list.length})\n${items.join('\n')}\n`;
  };
  return `${section('Contradictions', records.contradictions)}\n${section('Changes', records.changes)}`;
}

/** The text in lines of at most `width` characters (words are not split), each indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}${l}\n`).join('');
}
