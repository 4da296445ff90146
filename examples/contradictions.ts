/**
 * Finds what the bundled corpus contradicts — claims against claims, and claims against
 * the dated reference facts of the lexicon ("former President" while in office) — each
 * kept as a record with a sentence explaining it, then the stances that changed over
 * time (a change, not a contradiction). Writes the records as Turtle to
 * `out/contradictions.ttl` and prints its first lines.
 *
 *   npm run example:contradictions        (or: npx tsx examples/contradictions.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, contradictions, contradictionsRdf, defaultPrefixes, loadCorpus, stanceChanges } from '../src';

async function main(): Promise<void> {
  const { documents } = await loadCorpus(relative(process.cwd(), fileURLToPath(new URL('corpus', import.meta.url))));
  const graph = buildGraph(documents);

  const records = contradictions(graph);
  console.log(`Contradictions (${records.length})`);
  for (const c of records) console.log(`- ${c.kind}, ${c.severity}: ${c.explanation}`);

  const changes = stanceChanges(graph);
  console.log(`\nStance changes (${changes.length})`);
  for (const c of changes) console.log(`- ${c.kind}, ${c.from.valence} → ${c.to.valence}: ${c.explanation}`);

  const outDir = fileURLToPath(new URL('../out', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'contradictions.ttl');
  const turtle = contradictionsRdf(records, { prefixes: defaultPrefixes(graph.base) });
  writeFileSync(file, turtle);
  console.log(`\n${records.length} records → ${file}\n`);
  console.log(turtle.split('\n').slice(0, 24).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
