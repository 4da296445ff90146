/**
 * Builds the graph of the bundled corpus and prints Vladimir Putin's timeline: his
 * dated claims in time order, in groups whose inner order the sources leave open, each
 * with its Allen relation to the entry before it ("during", "overlaps", "after" …),
 * then the claims that have no time at all.
 *
 *   npm run example:timeline        (or: npx tsx examples/timeline.ts)
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, loadCorpus, timeline, type Assertion, type KnowledgeGraph } from '../src';

/** `Vladimir Putin —phoneCall→ Benjamin Netanyahu`, `not` for a denied claim. */
function claim(graph: KnowledgeGraph, a: Assertion): string {
  const name = (id: string) => graph.entity(id)?.label ?? id;
  const object = a.object.kind === 'entity' ? name(a.object.id) : `"${a.object.value}"`;
  return `${name(a.subject)} —${a.polarity === 'denied' ? 'not ' : ''}${a.predicate}→ ${object}`;
}

async function main(): Promise<void> {
  const { documents } = await loadCorpus(relative(process.cwd(), fileURLToPath(new URL('corpus', import.meta.url))));
  const graph = buildGraph(documents);
  const [putin] = graph.findEntities('Vladimir Putin');
  if (!putin) throw new Error('Vladimir Putin is not in the graph');

  const { entries, undated } = timeline(graph, { entity: putin.id });
  console.log(`${putin.label}: ${entries.length} dated claims, ${undated.length} undated (same group = order unknown)\n`);
  let group = -1;
  for (const e of entries) {
    if (e.group !== group) console.log(`group ${(group = e.group) + 1}`);
    const source = graph.source(e.assertion.source)?.file.split('/').pop();
    console.log(`  ${e.time.value.padEnd(22)} ${(e.relation ?? '').padEnd(13)} ${claim(graph, e.assertion)}  [${source}]`);
  }
  console.log('\nundated');
  for (const a of undated) console.log(`  ${claim(graph, a)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
