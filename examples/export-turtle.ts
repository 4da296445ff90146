/**
 * Loads the bundled corpus, builds its graph and writes it as Turtle to
 * `out/corpus.ttl` (streamed, written atomically), then prints the first lines.
 *
 *   npm run example:export-turtle
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, loadCorpus, writeFileAtomic, writeRdf } from '../src';

async function main(): Promise<void> {
  const { documents } = await loadCorpus(relative(process.cwd(), fileURLToPath(new URL('corpus', import.meta.url))));
  const graph = buildGraph(documents);
  const outDir = fileURLToPath(new URL('../out', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'corpus.ttl');
  await writeFileAtomic(file, (out) => writeRdf(graph, out, { format: 'turtle' }));
  const turtle = readFileSync(file, 'utf8');
  console.log(`${graph.size.sources} documents → ${file} (${turtle.length} bytes)\n`);
  console.log(turtle.split('\n').slice(0, 40).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
