import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { readRdf, toRdf, writeRdf } from '../../src/rdf';
import { largeGraph, richGraph } from './fixture';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'claimgraph-rdf-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

it('writes the same bytes as toRdf, leaving the stream open', async () => {
  const chunks: string[] = [];
  const sink = new Writable({ write: (chunk, _, done) => (chunks.push(String(chunk)), done()) });
  await writeRdf(richGraph(), sink, { format: 'trig', profile: 'rdf12' });
  expect(sink.writableEnded).toBe(false);
  expect(chunks.join('')).toBe(await toRdf(richGraph(), { format: 'trig', profile: 'rdf12' }));
});

it('streams 50k assertions to a file in many chunks, with backpressure, and reads them back', async () => {
  const graph = largeGraph(50_000);
  const file = join(dir, 'large.nq');
  const out = createWriteStream(file, { highWaterMark: 16 * 1024 });
  let writes = 0;
  let maxBuffered = 0;
  const write = out.write.bind(out);
  out.write = ((...args: Parameters<typeof out.write>) => {
    writes++;
    maxBuffered = Math.max(maxBuffered, out.writableLength);
    return write(...args);
  }) as typeof out.write;
  await writeRdf(graph, out, { format: 'nquads', end: true });
  await finished(out);

  expect(writes).toBeGreaterThan(100);
  // The writer waits for the file to drain instead of queueing the whole output.
  expect(maxBuffered).toBeLessThan(1024 * 1024);
  const read = await readRdf(createReadStream(file), { file });
  expect(read.size).toEqual(graph.size);
  expect(read.assertion(graph.assertions()[12_345]!.id)).toEqual(graph.assertions()[12_345]);
  expect((await readFile(file, 'utf8')).split('\n').length).toBeGreaterThan(50_000 * 10);
}, 120_000);
