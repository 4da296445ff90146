import { Option, type Command } from 'commander';
import { formatTable } from '../../eval/table';
import { timeline, type Timeline } from '../../query';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import { claimLine, excerpt, sourceFile } from '../describe';
import { resolveEntity } from '../entity-name';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { graphInput, jsonOption, outOption } from '../options';
import { writeOutput } from '../output';

interface TimelineCommandOptions extends GraphInputOptions {
  by: 'valid' | 'recorded';
  json?: boolean;
  out?: string;
}

/** `claimgraph timeline <entity> <inputs…>`: what happened when, for one entity. */
export function timelineCommand(program: Command): void {
  const command = program.command('timeline').argument('<entity>', 'the entity: its name, an alias, or its IRI');
  graphInput(command)
    .description("an entity's claims in time order; entries whose order the sources leave open share a group")
    .addOption(new Option('--by <time>', 'order by when it happened (valid) or when it was reported (recorded)').choices(['valid', 'recorded']).default('valid'))
    .addOption(jsonOption('the timeline'))
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ claimgraph timeline "Vladimir Putin" examples/corpus\n')
    .action(async (name: string, inputs: string[], options: TimelineCommandOptions) => {
      const { graph } = await loadGraphInput(inputs, options);
      const entity = resolveEntity(graph, name);
      const result = timeline(graph, { entity: entity.id, by: options.by });
      await writeOutput(options.out, async (out) => {
        out.write(options.json ? `${JSON.stringify({ entity: entity.id, label: entity.label, ...result }, null, 2)}\n` : formatTimeline(graph, entity.label, result));
      });
    });
}

function formatTimeline(graph: KnowledgeGraph, label: string, result: Timeline): string {
  const rows = result.entries.map((e) => [String(e.group + 1), e.time.value, e.relation ?? '', claimLine(graph, e.assertion), sourceFile(graph, e.assertion), excerpt(e.assertion, 60)]);
  const undated = result.undated.map((a) => ['', '', '', claimLine(graph, a), sourceFile(graph, a), excerpt(a, 60)]);
  const dated = `${label}: ${result.entries.length} dated claims (same group = order unknown)\n${formatTable([['group', 'time', 'vs previous', 'claim', 'source', 'evidence'], ...rows], { align: ['right'] })}`;
  return undated.length === 0 ? dated : `${dated}\nUndated (${undated.length})\n${formatTable([['', '', '', 'claim', 'source', 'evidence'], ...undated], { rule: false })}`;
}
