/**
 * The extraction benchmark: throughput of the text stages on the bundled corpus repeated
 * to some megabytes (20 by default), in this process, and `claimgraph extract` with
 * `--jobs 1` and `--jobs 2` as a user runs it. Part of `npm run bench` (bench/run.ts).
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

export interface ExtractionFigures {
  /** Rows of the human table: stage, amount, rate. */
  rows: Array<[string, string, string]>;
  megabytes: number;
  documents: number;
  /** Whole pipeline in this process, one thread: parse + link + date + claims + graph, MB/s. */
  pipelineMbPerS: number;
  /** `claimgraph extract --jobs 1` / `--jobs 2` wall seconds (built CLI, fresh process); null without dist/. */
  cliSeconds: { jobs1: number; jobs2: number; sameBytes: boolean } | null;
}

const log = (line: string) => process.stderr.write(`extraction: ${line}\n`);

function time<T>(run: () => T): { value: T; seconds: number } {
  const started = process.hrtime.bigint();
  const value = run();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** Runs the extraction benchmark on the corpus repeated to `megabytes` MB of text. */
export function runExtraction(megabytes: number): ExtractionFigures {
  const corpusDir = fileURLToPath(new URL('../examples/corpus', import.meta.url));
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(corpusDir, f), 'utf8') }));
  const rows: ExtractionFigures['rows'] = [];
  const mb = (chars: number) => chars / 1e6;
  const record = (stage: string, chars: number, seconds: number) =>
    rows.push([stage, `${mb(chars).toFixed(1)} MB in ${seconds.toFixed(2)} s`, `${(mb(chars) / seconds).toFixed(1)} MB/s`]);

  // many articles, as a corpus is
  const copies: Array<{ file: string; text: string }> = [];
  let total = 0;
  for (let i = 0; total < megabytes * 1e6; i++) {
    const article = articles[i % articles.length]!;
    copies.push({ file: `${String(i).padStart(6, '0')}-${article.file}`, text: article.text });
    total += article.text.length;
  }

  log('building the linker');
  const built = time(() => new EntityLinker());
  rows.push(['build linker (lexicon + matchers)', '', `${(built.seconds * 1000).toFixed(0)} ms`]);
  const linker = built.value;

  log('parsing');
  const parsed = time(() => copies.map((c) => parseDocument(c.text, { file: c.file })));
  record('load: parse documents (headline, boilerplate, sentences, dateline)', total, parsed.seconds);
  const documents: Document[] = parsed.value;

  log('linking');
  linker.link(documents[0]!); // warm up
  const linked = time(() => documents.map((d) => linker.link(d)));
  record('link entities (one pass per document)', total, linked.seconds);
  rows.push(['  mentions found', '', String(linked.value.reduce((n, l) => n + l.mentions.length, 0))]);

  log('extracting');
  const extractor = new RuleExtractor({ linker });
  const extracted = time(() => extract(documents, { extractor }));
  record('extract (link, date, claims)', total, extracted.seconds);
  rows.push(['  assertions found', '', String(extracted.value.assertions.length)]);

  log('whole pipeline');
  const pipeline = time(() => buildGraph(copies.map((c) => parseDocument(c.text, { file: c.file })), { extractor }));
  record('whole pipeline, one thread (load + extract + graph)', total, pipeline.seconds);
  rows.push(['  graph size', '', `${pipeline.value.size.entities} entities, ${pipeline.value.size.assertions} assertions`]);

  // `claimgraph extract --jobs 1` vs `--jobs 2` as a user runs it: the built CLI, a fresh process each
  // (in this process the text tools' caches are warm by now, a worker's never are), on the repeated
  // corpus written to a temporary directory; reading, extracting and writing the JSON are all counted
  let cliSeconds: ExtractionFigures['cliSeconds'] = null;
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  if (existsSync(cli)) {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
    try {
      mkdirSync(join(dir, 'corpus'));
      for (const c of copies) writeFileSync(join(dir, 'corpus', c.file), c.text);
      const run = (jobs: number) => {
        log(`claimgraph extract --jobs ${jobs}`);
        const out = join(dir, `jobs-${jobs}.json`);
        const { value, seconds } = time(() => spawnSync(process.execPath, [cli, 'extract', join(dir, 'corpus'), '--json', '--out', out, '--jobs', String(jobs)], { stdio: 'inherit' }));
        if (value.status !== 0) throw new Error(`claimgraph extract --jobs ${jobs} exited with ${value.status}`);
        record(`claimgraph extract --jobs ${jobs} (built CLI, fresh process)`, total, seconds);
        return { seconds, output: readFileSync(out) };
      };
      const [one, two] = [run(1), run(2)];
      cliSeconds = { jobs1: one.seconds, jobs2: two.seconds, sameBytes: one.output.equals(two.output) };
      rows.push([`  speedup of --jobs 2 (${availableParallelism()} cores)`, cliSeconds.sameBytes ? 'same bytes' : 'OUTPUTS DIFFER', `${(one.seconds / two.seconds).toFixed(2)}×`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else rows.push(['claimgraph extract --jobs 1 vs 2', '', 'no dist/: npm run build']);

  return { rows, megabytes: mb(total), documents: copies.length, pipelineMbPerS: mb(total) / pipeline.seconds, cliSeconds };
}

/** The human table of the extraction figures. */
export function formatExtractionTable(figures: ExtractionFigures): string {
  const width = Math.max(...figures.rows.map((r) => r[0].length));
  return [
    `Extraction — ${figures.documents} corpus articles repeated to ${figures.megabytes.toFixed(1)} MB, Node ${process.version}`,
    '',
    ...figures.rows.map(([stage, amount, rate]) => `${stage.padEnd(width)}  ${amount.padStart(18)}  ${rate.padStart(12)}`),
  ].join('\n');
}
