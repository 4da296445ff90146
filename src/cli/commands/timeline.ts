import { Option, type Command } from 'commander';
import { formatTable } from '../../eval/table';
import { timeline, type Timeline } from '../../query';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Entity } from '../../model/entity';
import { sparqlEntityNames, sparqlTimelineAnswer, type SparqlStore } from '../../sparql';
import { claimLine, excerpt, sourceFile } from '../describe';
import { resolveEntity } from '../entity-name';
import { loadGraphInput, type GraphInputOptions } from '../graph-input';
import { baseOption, jsonOption, manifestOption, outOption, strictOption } from '../options';
import { writeOutput } from '../output';
import { endpointOptions, endpointStore, type EndpointCommandOptions } from './push';

interface TimelineCommandOptions extends GraphInputOptions, EndpointCommandOptions {
  by: 'valid' | 'recorded';
  json?: boolean;
  out?: string;
}

/** `claimgraph timeline <entity> <inputs…>`: what happened when, for one entity. */
export function timelineCommand(program: Command): void {
  const command = program
    .command('timeline')
    .argument('<entity>', 'the entity: its name, an alias, or its IRI')
    .argument('[inputs...]', 'a corpus directory, article files, or one saved graph (.json, .ttl, .trig, .nq); not with --endpoint')
    .addOption(manifestOption())
    .addOption(baseOption())
    .addOption(strictOption())
    .description("an entity's claims in time order; entries whose order the sources leave open share a group");
  endpointOptions(command, 'ask this SPARQL endpoint (loaded with claimgraph push) instead of reading inputs')
    .addOption(new Option('--by <time>', 'order by when it happened (valid) or when it was reported (recorded)').choices(['valid', 'recorded']).default('valid'))
    .addOption(jsonOption('the timeline'))
    .addOption(outOption())
    .addHelpText(
      'after',
      '\nExamples:\n  $ claimgraph timeline "Vladimir Putin" examples/corpus\n  $ claimgraph timeline Netanyahu --endpoint http://localhost:8890/sparql --graph urn:claimgraph:news --json\n',
    )
    .action(async (name: string, inputs: string[], options: TimelineCommandOptions) => {
      const { graph, entity, result } = options.endpoint ? await fromEndpoint(name, inputs, options) : await fromInputs(command, name, inputs, options);
      await writeOutput(options.out, async (out) => {
        out.write(options.json ? `${JSON.stringify({ entity: entity.id, label: entity.label, ...result }, null, 2)}\n` : formatTimeline(graph, entity.label, result));
      });
    });
}

interface TimelineResult {
  graph: KnowledgeGraph;
  entity: Entity;
  result: Timeline;
}

async function fromInputs(command: Command, name: string, inputs: string[], options: TimelineCommandOptions): Promise<TimelineResult> {
  if (inputs.length === 0) command.error("error: missing required argument 'inputs' (or give --endpoint)", { exitCode: 2, code: 'claimgraph.usage' });
  const { graph } = await loadGraphInput(inputs, options);
  const entity = resolveEntity(graph, name);
  return { graph, entity, result: timeline(graph, { entity: entity.id, by: options.by }) };
}

async function fromEndpoint(name: string, inputs: string[], options: TimelineCommandOptions): Promise<TimelineResult> {
  if (inputs.length > 0) process.stderr.write(`claimgraph: --endpoint given: ${inputs.length} input(s) not read\n`);
  const store = endpointStore(options);
  const graphOption = options.graph === undefined ? {} : { graph: options.graph };
  const entity = await endpointEntity(store, name, graphOption);
  const { timeline: result, graph } = await sparqlTimelineAnswer(store, entity.id, { by: options.by, ...graphOption });
  return { graph, entity, result };
}

/** The entity a name gives, resolved as for a local graph: an exact name first, else among all the store's entity names. */
async function endpointEntity(store: SparqlStore, name: string, options: { graph?: string }): Promise<Entity> {
  const exact = await sparqlEntityNames(store, { ...options, named: name });
  if (exact.size.entities === 1) return exact.entities()[0]!;
  return resolveEntity(await sparqlEntityNames(store, options), name);
}

function formatTimeline(graph: KnowledgeGraph, label: string, result: Timeline): string {
  const rows = result.entries.map((e) => [String(e.group + 1), e.time.value, e.relation ?? '', claimLine(graph, e.assertion), sourceFile(graph, e.assertion), excerpt(e.assertion, 60)]);
  const undated = result.undated.map((a) => ['', '', '', claimLine(graph, a), sourceFile(graph, a), excerpt(a, 60)]);
  const dated = `${label}: ${result.entries.length} dated claims (same group = order unknown)\n${formatTable([['group', 'time', 'vs previous', 'claim', 'source', 'evidence'], ...rows], { align: ['right'] })}`;
  return undated.length === 0 ? dated : `${dated}\nUndated (${undated.length})\n${formatTable([['', '', '', 'claim', 'source', 'evidence'], ...undated], { rule: false })}`;
}
