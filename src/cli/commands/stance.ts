import type { Command } from 'commander';
import { formatTable } from '../../eval/table';
import { stanceHistory, type StanceHistory } from '../../query';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import { claimLine, excerpt, sourceFile } from '../describe';
import { resolveEntity } from '../entity-name';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { graphInput, jsonOption, outOption } from '../options';
import { writeOutput } from '../output';

interface StanceCommandOptions extends GraphInputOptions {
  json?: boolean;
  out?: string;
}

/** `claimgraph stance <a> <b> <inputs…>`: how the relationship of two actors changed. */
export function stanceCommand(program: Command): void {
  const command = program.command('stance').argument('<a>', 'one actor: name, alias or IRI').argument('<b>', 'the other actor');
  graphInput(command)
    .description('the cooperative / hostile stance between two actors over time, and where it changed')
    .addOption(jsonOption('the stance history'))
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ claimgraph stance "Joe Biden" "Benjamin Netanyahu" examples/corpus\n')
    .action(async (a: string, b: string, inputs: string[], options: StanceCommandOptions) => {
      const { graph } = await loadGraphInput(inputs, options);
      const [first, second] = [resolveEntity(graph, a), resolveEntity(graph, b)];
      const history = stanceHistory(graph, first.id, second.id);
      await writeOutput(options.out, async (out) => {
        out.write(options.json ? `${JSON.stringify(history, null, 2)}\n` : formatStance(graph, `${first.label} / ${second.label}`, history));
      });
    });
}

function formatStance(graph: KnowledgeGraph, title: string, history: StanceHistory): string {
  const rows = history.points.map((p) => [p.time.value, p.valence + (p.tentative ? ' (tentative)' : ''), claimLine(graph, p.assertion), sourceFile(graph, p.assertion), excerpt(p.assertion, 60)]);
  const points = `${title}: ${history.points.length} claims with a stance\n${formatTable([['time', 'valence', 'claim', 'source', 'evidence'], ...rows])}`;
  const changes = history.changes.length === 0 ? 'Changes: none\n' : `Changes (${history.changes.length})\n${history.changes.map((c) => `  ${c.explanation}\n`).join('')}`;
  return `${points}\n${changes}`;
}
