/**
 * `npm run bench`: throughput of the text stages on the bundled corpus, repeated to a
 * few megabytes. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench               # 5 MB
 *   npm run bench -- 20         # 20 MB
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/corpus';
import { EntityLinker, extract, RuleExtractor } from '../src/extract';
import { buildGraph } from '../src/pipeline';
import type { Document } from '../src/model/document';

const megabytes = Number(process.argv[2] ?? 5);
const corpusDir = fileURLToPath(new URL('../examples/corpus', import.meta.url));
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(corpusDir, f), 'utf8') }));

function time<T>(run: () => T): { value: T; seconds: number } {
  const started = process.hrtime.bigint();
  const value = run();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const rows: Array<[string, string, string]> = [];
const mb = (chars: number) => chars / 1e6;
const record = (stage: string, chars: number, seconds: number) =>
  rows.push([stage, `${mb(chars).toFixed(1)} MB in ${seconds.toFixed(2)} s`, `${(mb(chars) / seconds).toFixed(1)} MB/s`]);

// many articles, as a corpus is
const copies: Array<{ file: string; text: string }> = [];
let total = 0;
for (let i = 0; total < megabytes * 1e6; i++) {
  const article = articles[i % articles.length]!;
  copies.push({ file: `${i}-${article.file}`, text: article.text });
  total += article.text.length;
}

const built = time(() => new EntityLinker());
rows.push(['build linker (lexicon + matchers)', '', `${(built.seconds * 1000).toFixed(0)} ms`]);
const linker = built.value;

const parsed = time(() => copies.map((c) => parseDocument(c.text, { file: c.file })));
record('load: parse documents (headline, boilerplate, sentences, dateline)', total, parsed.seconds);
const documents: Document[] = parsed.value;

linker.link(documents[0]!); // warm up
const linked = time(() => documents.map((d) => linker.link(d)));
record('link entities (one pass per document)', total, linked.seconds);
rows.push(['  mentions found', '', String(linked.value.reduce((n, l) => n + l.mentions.length, 0))]);

const extractor = new RuleExtractor({ linker });
const extracted = time(() => extract(documents, { extractor }));
record('extract (link, date, claims)', total, extracted.seconds);
rows.push(['  assertions found', '', String(extracted.value.assertions.length)]);

const pipeline = time(() => buildGraph(copies.map((c) => parseDocument(c.text, { file: c.file })), { extractor }));
record('whole pipeline (load + extract + graph)', total, pipeline.seconds);
rows.push(['  graph size', '', `${pipeline.value.size.entities} entities, ${pipeline.value.size.assertions} assertions`]);

const big = parseDocument(copies.map((c) => c.text).join('\n\n'), { file: 'all.txt' });
const one = time(() => linker.link(big));
record('link one document of the whole size', big.text.length, one.seconds);

// `claimgraph extract --jobs 1` vs `--jobs 2` as a user runs it: the built CLI, a fresh process each
// (in this process the text tools' caches are warm by now, a worker's never are), on the repeated
// corpus written to a temporary directory; loading and writing the JSON are counted in both
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (existsSync(cli)) {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  try {
    mkdirSync(join(dir, 'corpus'));
    for (const c of copies) writeFileSync(join(dir, 'corpus', c.file), c.text);
    const seconds: Record<number, number> = {};
    const outputs: Record<number, string> = {};
    for (const jobs of [1, 2]) {
      const out = join(dir, `jobs-${jobs}.json`);
      const run = time(() => spawnSync(process.execPath, [cli, 'extract', join(dir, 'corpus'), '--json', '--out', out, '--jobs', String(jobs)], { stdio: 'inherit' }));
      if (run.value.status !== 0) throw new Error(`claimgraph extract --jobs ${jobs} exited with ${run.value.status}`);
      seconds[jobs] = run.seconds;
      outputs[jobs] = readFileSync(out, 'utf8');
      record(`claimgraph extract --jobs ${jobs} (built CLI, fresh process)`, total, run.seconds);
    }
    const same = outputs[1] === outputs[2] ? 'same bytes' : 'OUTPUTS DIFFER';
    rows.push([`  speedup of --jobs 2 (${availableParallelism()} cores)`, same, `${(seconds[1]! / seconds[2]!).toFixed(2)}×`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else rows.push(['claimgraph extract --jobs 1 vs 2', '', 'no dist/: npm run build']);

const heap = process.memoryUsage();
rows.push(['heap used / rss after the runs', '', `${(heap.heapUsed / 2 ** 20).toFixed(0)} / ${(heap.rss / 2 ** 20).toFixed(0)} MiB`]);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`claimgraph bench — ${articles.length} corpus articles repeated to ${mb(total).toFixed(1)} MB (${copies.length} documents), Node ${process.version}\n`);
for (const [stage, amount, rate] of rows) console.log(`${stage.padEnd(width)}  ${amount.padStart(18)}  ${rate.padStart(12)}`);
