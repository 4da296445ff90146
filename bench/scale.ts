/**
 * The scale benchmark (issue #7): the library against its own building blocks, on
 * synthetic graphs of 10 k, 100 k and 1 M assertions (`bench/synthetic.ts`), every
 * ratio measured in the same process on the same data. A benchmark, not a test: it
 * prints figures and checks targets, and fails only if the contradiction scan does not
 * find exactly the planted contradictions.
 *
 * Part of `npm run bench` (bench/run.ts); on its own:
 *
 *   npx tsx --expose-gc --max-old-space-size=8192 bench/scale.ts [--json] [--sizes 10000,100000,1000000] [--import-max 100000] [--seed 42]
 *
 * `--expose-gc` lets it collect garbage between stages, so that heap and RSS figures are
 * what a stage keeps, not what it left for the collector; without it the memory figures
 * are marked unreliable. At 1 M the process holds the synthetic input and the graph
 * (some 2 GB of RSS), close to Node's default heap limit; with `--import-max 1000000`
 * it also holds every imported quad (some 8 GB): give it `--max-old-space-size=16384`.
 *
 * Ratios are wall-clock times of the library and its baseline in the same process on the
 * same data; CPU-time ratios are given beside them, as they suffer less from other
 * processes on the machine. Sizes up to 100 k run each timed stage three times (export:
 * three times at 10 k, twice at 100 k) and keep the fastest run; 1 M runs once (a run
 * takes tens of seconds there).
 *
 * Import is measured up to `--import-max` assertions (default 100 k): at 1 M, `readRdf`
 * takes some three minutes per format, more than the whole run's budget allows.
 *
 * Stages, for each size:
 * - build: raw graphology (nodes, one edge per entity-object assertion with the same
 *   attributes, literal-object assertions in a Map — what the graph stores, without
 *   checks, IRI minting or indexes) vs `KnowledgeGraph` (addSource / addEntity /
 *   addAssertion); heap and RSS per assertion of each.
 * - timeline: `timeline(graph, { entity })` for the hub (Zipf rank 1) and for random
 *   entities; the first call is reported apart.
 * - scan: `contradictions(graph)` vs a plain Map group-by on subject|predicate|object
 *   comparing polarity; the found set must equal the planted set.
 * - export: `writeRdf` (Turtle, N-Quads) to a file vs one n3 StreamWriter writing the
 *   same quads (`toQuads`) to a file; the bytes must be equal. The raw side is fed in
 *   chunks of quads collected untimed, so it neither pays for `toQuads` nor holds 17 M
 *   quads at once (whose garbage collection would slow it down). RSS is sampled while
 *   `writeRdf` runs.
 * - import: `readRdf` vs n3's StreamParser on the same file.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import type * as RDFJS from '@rdfjs/types';
import { MultiDirectedGraph } from 'graphology';
import { KnowledgeGraph } from '../src/graph/knowledge-graph';
import type { Assertion } from '../src/model/assertion';
import { contradictions } from '../src/query/contradictions';
import { timeline } from '../src/query/timeline';
import { readRdf } from '../src/rdf/read';
import { createStreamParser, createStreamWriter } from '../src/rdf/n3';
import { toQuads } from '../src/rdf/to-quads';
import { defaultPrefixes, writeRdf } from '../src/rdf/write';
import { N3_FORMATS, type RdfFormat } from '../src/rdf/format';
import { compareStrings } from '../src/util/compare-strings';
import { mulberry32 } from '../src/util/mulberry32';
import { syntheticGraph, type SyntheticGraph } from './synthetic';

export interface ScaleOptions {
  sizes: number[];
  /** Print one JSON object instead of the table. */
  json: boolean;
  /** Seed of the synthetic data (default 42). */
  seed?: number;
  /** Largest size at which import is measured (default 100 000). */
  importMax?: number;
  /** Print anything at all (default true); progress goes to stderr either way. */
  print?: boolean;
}

export interface ExportFigures {
  quads: number;
  bytes: number;
  seconds: number;
  rawSeconds: number;
  /** Library throughput as a share of raw n3's (raw seconds / library seconds). */
  ratio: number;
  /** The same from CPU time. */
  cpuRatio: number;
  /**
   * Highest RSS sampled during `writeRdf`, less the RSS when it started. Mostly garbage
   * that V8 has promoted and not yet collected, so it varies from run to run.
   */
  rssGrowthMb: number;
  /** Most heap held during a second `writeRdf` that collects garbage five times on the way: what the export itself keeps (Turtle only; NaN without gc). */
  retainedMb: number;
  /** Whether `writeRdf` and raw n3 wrote the same bytes. */
  sameBytes: boolean;
}

export interface ImportFigures {
  bytes: number;
  quads: number;
  seconds: number;
  rawSeconds: number;
  /** Library throughput as a share of raw n3's (raw seconds / library seconds). */
  ratio: number;
  /** Whether the imported graph holds all assertions. */
  complete: boolean;
}

export interface ScaleRow {
  size: number;
  entities: number;
  sources: number;
  generateSeconds: number;
  rawBuildSeconds: number;
  buildSeconds: number;
  /** Library build time / raw graphology build time. */
  buildRatio: number;
  /** The same from CPU time. */
  buildCpuRatio: number;
  rawHeapBytesPerAssertion: number;
  rawRssBytesPerAssertion: number;
  heapBytesPerAssertion: number;
  rssBytesPerAssertion: number;
  /** Process RSS once the graph is built (synthetic input included). */
  rssAfterBuildMb: number;
  timeline: {
    hub: { assertions: number; firstUs: number; p50Us: number; p99Us: number; queries: number };
    random: { meanAssertions: number; firstUs: number; p50Us: number; p99Us: number; queries: number };
  };
  scan: { seconds: number; baselineSeconds: number; ratio: number; cpuRatio: number; found: number; planted: number; decoys: number; exact: boolean; missing: string[]; extra: string[] };
  export: { turtle: ExportFigures; nquads: ExportFigures };
  /** `null` above `importMax`. */
  import: { turtle: ImportFigures; nquads: ImportFigures } | null;
}

/** The 1 M-assertion figures (or those of the largest size run) under the issue's keys. */
export interface ScaleSummary {
  size: number;
  build_ratio: number;
  rss_bytes_per_assertion: number;
  scan_ratio: number;
  /** p50 of `timeline(graph, { entity })` for random entities (the hub's is in the row). */
  timeline_p50_us: number;
  export_ratio: number;
  export_rss_growth_mb: number;
  /** Not one of the issue's keys: heap the Turtle export holds, garbage collected (see {@link ExportFigures.retainedMb}). */
  export_retained_mb: number;
  /** Whole pipeline on one thread, MB/s: from the extraction benchmark (bench/extraction.ts), filled in by bench/run.ts. */
  extract_mb_per_s: number | null;
  /** `claimgraph extract --jobs 1` time / `--jobs 2` time: from the extraction benchmark, filled in by bench/run.ts. */
  jobs2_speedup: number | null;
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

export interface ScaleResult {
  rows: ScaleRow[];
  summary: ScaleSummary;
  targets: TargetCheck[];
  /** Whether garbage was collected between stages (`--expose-gc`): without it memory figures are rough. */
  gc: boolean;
  node: string;
  seed: number;
}

// ── Measuring ───────────────────────────────────────────────────────────────────────

const gc = (globalThis as { gc?: () => void }).gc;
const started = Date.now();
const log = (line: string) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}\n`);
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const now = () => process.hrtime.bigint();
const MB = 1024 * 1024;

/** Wall and CPU (user + system, all threads) seconds of one run. */
interface Timing {
  wall: number;
  cpu: number;
}

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T } & Timing> {
  const [t, c] = [now(), process.cpuUsage()];
  const value = await run();
  const cpu = process.cpuUsage(c);
  return { value, wall: seconds(t), cpu: (cpu.user + cpu.system) / 1e6 };
}

/** The fastest of the runs, by wall time. */
const fastest = (runs: readonly Timing[]): Timing => runs.reduce((a, b) => (b.wall < a.wall ? b : a));

/** Heap and RSS after a full collection (twice: the first may only free what the second can then compact). */
function memory(): { heap: number; rss: number } {
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

/** Samples RSS every 20 ms until stopped; returns the highest seen. */
function rssSampler(): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs `query` until `max` runs or `budget` seconds (at least `min` runs); per-run µs, sorted. */
function sample(query: (i: number) => void, max: number, budget: number, min = 5): number[] {
  const times: number[] = [];
  const until = performance.now() + budget * 1000;
  for (let i = 0; i < max && (i < min || performance.now() < until); i++) {
    const t = performance.now();
    query(i);
    times.push((performance.now() - t) * 1000);
  }
  return times.sort((a, b) => a - b);
}

/** Whether two files hold the same bytes. */
function sameFile(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const [fa, fb] = [openSync(a, 'r'), openSync(b, 'r')];
  const [ba, bb] = [Buffer.alloc(16 * MB), Buffer.alloc(16 * MB)];
  try {
    for (;;) {
      const na = readSync(fa, ba, 0, ba.length, null);
      const nb = readSync(fb, bb, 0, bb.length, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

// ── Stages ──────────────────────────────────────────────────────────────────────────

/**
 * The raw baseline: what the graph stores, with nothing else. Attributes are a fresh
 * object with the assertion's fields and defaults (as the graph's), keyed by an IRI of
 * the same length as a minted one, made beforehand.
 */
function buildRaw(data: SyntheticGraph, keys: readonly string[]): { graph: MultiDirectedGraph; literals: Map<string, unknown> } {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const literals = new Map<string, unknown>();
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  for (const e of data.entities) graph.addNode(e.id!, { ...e, aliases: e.aliases ?? [], sameAs: e.sameAs ?? [], roles: e.roles ?? [] });
  data.assertions.forEach((a, i) => {
    const id = keys[i]!;
    const attributes = {
      id,
      subject: a.subject,
      predicate: a.predicate,
      object: a.object,
      source: a.source,
      valid: a.valid ?? null,
      evidence: a.evidence ?? null,
      attributedTo: a.attributedTo ?? null,
      modality: a.modality ?? 'asserted',
      polarity: a.polarity ?? 'affirmed',
      recorded: sources.get(a.source)!.published.time,
      confidence: a.confidence ?? 1,
    };
    if (a.object.kind === 'entity') graph.addDirectedEdgeWithKey(id, a.subject, a.object.id, attributes);
    else literals.set(id, attributes);
  });
  return { graph, literals };
}

function buildGraph(data: SyntheticGraph): { graph: KnowledgeGraph; stored: Assertion[] } {
  const graph = new KnowledgeGraph({ base: data.base });
  for (const s of data.sources) graph.addSource(s);
  for (const e of data.entities) graph.addEntity(e);
  const stored = data.assertions.map((a) => graph.addAssertion(a));
  return { graph, stored };
}

/** The minimal contradiction work: group by subject|predicate|object, flag keys both affirmed and denied. */
function groupByBaseline(assertions: readonly Assertion[]): number {
  const groups = new Map<string, number>();
  for (const a of assertions) {
    const key = `${a.subject}|${a.predicate}|${a.object.kind === 'entity' ? a.object.id : a.object.value}`;
    groups.set(key, (groups.get(key) ?? 0) | (a.polarity === 'affirmed' ? 1 : 2));
  }
  let opposed = 0;
  for (const flags of groups.values()) if (flags === 3) opposed++;
  return opposed;
}

async function scanStage(graph: KnowledgeGraph, stored: readonly Assertion[], data: SyntheticGraph, repeats: number): Promise<ScaleRow['scan']> {
  const baselineRuns: Timing[] = [];
  const scanRuns: Timing[] = [];
  let found: ReturnType<typeof contradictions> = [];
  for (let i = 0; i < repeats; i++) {
    memory();
    baselineRuns.push(await timed(() => groupByBaseline(stored)));
    memory();
    const run = await timed(() => contradictions(graph));
    scanRuns.push(run);
    found = run.value;
  }
  const [baseline, scan] = [fastest(baselineRuns), fastest(scanRuns)];
  // A pair is its two claims; an anachronism its first claim (the scan adds corroborating claims after it).
  const key = (kind: string, ids: readonly string[]) => `${kind} ${[...ids].sort(compareStrings).join(' ')}`;
  const planted = new Set(data.planted.map((p) => key(p.kind, p.assertions.map((i) => stored[i]!.id))));
  const got = new Set(found.map((c) => key(c.kind, c.kind === 'anachronism' ? c.assertions.slice(0, 1) : c.assertions)));
  const missing = [...planted].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !planted.has(k));
  return {
    seconds: scan.wall,
    baselineSeconds: baseline.wall,
    ratio: scan.wall / baseline.wall,
    cpuRatio: scan.cpu / baseline.cpu,
    found: found.length,
    planted: planted.size,
    decoys: data.decoys,
    exact: missing.length === 0 && extra.length === 0 && found.length === planted.size,
    missing: missing.slice(0, 5),
    extra: extra.slice(0, 5),
  };
}

function timelineStage(graph: KnowledgeGraph, data: SyntheticGraph): ScaleRow['timeline'] {
  const hub = data.hub;
  const hubFirst = sample(() => timeline(graph, { entity: hub }), 1, 0, 1)[0]!;
  const hubTimes = sample(() => timeline(graph, { entity: hub }), 1000, 1.5, 3);
  const random = mulberry32(data.seed + 1);
  const picks = Array.from({ length: 1001 }, () => data.ranked[Math.floor(random() * data.ranked.length)]!);
  const randomFirst = sample(() => timeline(graph, { entity: picks[1000]! }), 1, 0, 1)[0]!;
  let total = 0;
  const randomTimes = sample((i) => (total += timeline(graph, { entity: picks[i]! }).entries.length), 1000, 10);
  return {
    hub: { assertions: graph.assertionsOf(hub).length, firstUs: hubFirst, p50Us: percentile(hubTimes, 50), p99Us: percentile(hubTimes, 99), queries: hubTimes.length },
    random: { meanAssertions: total / randomTimes.length, firstUs: randomFirst, p50Us: percentile(randomTimes, 50), p99Us: percentile(randomTimes, 99), queries: randomTimes.length },
  };
}

/** Writes `graph` with `writeRdf`; returns the time and the RSS growth sampled meanwhile. */
async function writeOnce(graph: KnowledgeGraph, format: RdfFormat, file: string): Promise<Timing & { rssGrowthMb: number }> {
  const start = memory().rss;
  const stop = rssSampler();
  const run = await timed(async () => {
    const out = createWriteStream(file);
    await writeRdf(graph, out, { format, end: true });
    await finished(out);
  });
  return { wall: run.wall, cpu: run.cpu, rssGrowthMb: (stop() - start) / MB };
}

/**
 * What the export holds, apart from garbage: `writeRdf` once more, untimed, into a sink
 * that collects garbage after every fifth of the output (`bytes`, from the timed run)
 * and reads the heap. RSS growth alone mostly shows when V8 chose to collect.
 */
async function retainedDuringExport(graph: KnowledgeGraph, format: RdfFormat, bytes: number): Promise<number> {
  if (!gc) return NaN;
  const collect = gc;
  const start = memory().heap;
  let [peak, seen, next] = [start, 0, bytes / 5];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen >= next) {
        next += bytes / 5;
        collect();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      done();
    },
  });
  await writeRdf(graph, sink, { format });
  return (peak - start) / MB;
}

/**
 * Raw n3: one StreamWriter (with the prefixes `writeRdf` uses) piped to a file, fed the
 * quads of `toQuads` in chunks. Each chunk is collected untimed; only writing it, and
 * the final flush, are timed.
 */
async function writeRaw(graph: KnowledgeGraph, format: RdfFormat, file: string): Promise<Timing & { quads: number }> {
  const prefixes = Object.fromEntries(Object.entries(defaultPrefixes(graph.base)).sort(([a], [b]) => compareStrings(a, b)));
  const writer = createStreamWriter({ format: N3_FORMATS[format], prefixes });
  const written = pipeline(writer, createWriteStream(file));
  const quads = toQuads(graph, { namedGraphs: format !== 'turtle' })[Symbol.iterator]();
  const total: Timing = { wall: 0, cpu: 0 };
  const add = (t: Timing) => ((total.wall += t.wall), (total.cpu += t.cpu));
  let count = 0;
  for (let done = false; !done; ) {
    const chunk: RDFJS.Quad[] = [];
    while (chunk.length < 10_000) { // small: a chunk dies young, and collecting it costs the timed part little
      const next = quads.next();
      if ((done = next.done === true)) break;
      chunk.push(next.value);
    }
    count += chunk.length;
    add(
      await timed(async () => {
        for (const quad of chunk) if (!writer.write(quad)) await once(writer, 'drain');
      }),
    );
  }
  add(
    await timed(async () => {
      writer.end();
      await written;
    }),
  );
  return { ...total, quads: count };
}

async function exportStage(graph: KnowledgeGraph, format: RdfFormat, dir: string, repeats: number): Promise<ExportFigures & { file: string }> {
  const file = join(dir, `graph.${format}`);
  const rawFile = join(dir, `raw.${format}`);
  const libRuns: Array<Timing & { rssGrowthMb: number }> = [];
  const rawRuns: Array<Timing & { quads: number }> = [];
  for (let i = 0; i < repeats; i++) {
    libRuns.push(await writeOnce(graph, format, file));
    memory();
    rawRuns.push(await writeRaw(graph, format, rawFile));
  }
  const [lib, raw] = [fastest(libRuns), fastest(rawRuns)];
  const sameBytes = sameFile(file, rawFile);
  rmSync(rawFile);
  // Once is enough, and it costs a whole export at 1 M: Turtle only.
  const retainedMb = format === 'turtle' ? await retainedDuringExport(graph, format, statSync(file).size) : NaN;
  return {
    file,
    quads: rawRuns[0]!.quads,
    bytes: statSync(file).size,
    seconds: lib.wall,
    rawSeconds: raw.wall,
    ratio: raw.wall / lib.wall,
    cpuRatio: raw.cpu / lib.cpu,
    rssGrowthMb: Math.max(...libRuns.map((r) => r.rssGrowthMb)),
    retainedMb,
    sameBytes,
  };
}

async function importStage(file: string, format: RdfFormat, quads: number, assertions: number): Promise<ImportFigures> {
  memory();
  let t = now();
  let parsed = 0;
  const parser = createStreamParser({ format: N3_FORMATS[format] });
  parser.on('data', () => parsed++);
  await pipeline(createReadStream(file), parser);
  const rawSeconds = seconds(t);
  memory();
  t = now();
  const graph = await readRdf(createReadStream(file), { file, format });
  const libSeconds = seconds(t);
  return { bytes: statSync(file).size, quads: parsed === quads ? quads : parsed, seconds: libSeconds, rawSeconds, ratio: rawSeconds / libSeconds, complete: graph.size.assertions === assertions };
}

async function measure(size: number, seed: number, importMax: number): Promise<ScaleRow> {
  const repeats = size <= 100_000 ? 3 : 1;
  const step = (what: string) => log(`[${size}] ${what}`);
  step('generating');
  const t = now();
  let data: SyntheticGraph = syntheticGraph(size, seed);
  const generateSeconds = seconds(t);
  // Raw keys shaped like minted IRIs (`urn:claimgraph:assertion/` + 16 hex digits), made before timing.
  const keys = data.assertions.map((_, i) => `${data.base}assertion/${createHash('sha256').update(String(i)).digest('hex').slice(0, 16)}`);

  // Raw and library builds alternate; memory is read around the first of each.
  const rawRuns: Timing[] = [];
  const buildRuns: Timing[] = [];
  type Memory = ReturnType<typeof memory>;
  let m: Memory[] = [];
  let built: ReturnType<typeof buildGraph> | null = null;
  for (let i = 0; i < repeats; i++) {
    step(`raw graphology build${repeats > 1 ? ` (${i + 1}/${repeats})` : ''}`);
    built = null; // the previous run's graph
    const m0 = memory();
    let raw: (Timing & { value: ReturnType<typeof buildRaw> | null }) | null = await timed(() => buildRaw(data, keys));
    rawRuns.push({ wall: raw.wall, cpu: raw.cpu });
    const m1 = memory();
    raw = null; // dropped before the library builds
    step(`KnowledgeGraph build${repeats > 1 ? ` (${i + 1}/${repeats})` : ''}`);
    const m2 = memory();
    const run = await timed(() => buildGraph(data));
    buildRuns.push({ wall: run.wall, cpu: run.cpu });
    built = run.value;
    const m3 = memory();
    if (i === 0) m = [m0, m1, m2, m3];
  }
  keys.length = 0;
  const [m0, m1, m2, m3] = m as [Memory, Memory, Memory, Memory];
  const [rawBuild, build] = [fastest(rawRuns), fastest(buildRuns)];
  let { graph, stored } = built!;
  built = null;
  if (graph.size.assertions !== size) throw new Error(`scale: the graph holds ${graph.size.assertions} assertions, not ${size}: the generator made duplicates`);

  step('timeline');
  const timelineFigures = timelineStage(graph, data);
  step('contradictions');
  const scan = await scanStage(graph, stored, data, repeats);
  const [entities, sources] = [data.entities.length, data.sources.length];

  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-scale-'));
  try {
    step('export turtle');
    // An export takes seconds from 100 k on: fewer runs there, for the time budget.
    const exportRepeats = size <= 10_000 ? 3 : size <= 100_000 ? 2 : 1;
    const turtle = await exportStage(graph, 'turtle', dir, exportRepeats);
    step('export n-quads');
    const nquads = await exportStage(graph, 'nquads', dir, exportRepeats);
    // What import needs is on disk: drop the graph and its input first, so that the imported graph has room
    // and the collector does not keep walking a graph no stage uses any more.
    data = null as unknown as SyntheticGraph;
    graph = null as unknown as KnowledgeGraph;
    stored = [];
    let imported: ScaleRow['import'] = null;
    if (size <= importMax) {
      step('import turtle');
      const turtleIn = await importStage(turtle.file, 'turtle', turtle.quads, size);
      step('import n-quads');
      imported = { turtle: turtleIn, nquads: await importStage(nquads.file, 'nquads', nquads.quads, size) };
    }
    return {
      size,
      entities,
      sources,
      generateSeconds,
      rawBuildSeconds: rawBuild.wall,
      buildSeconds: build.wall,
      buildRatio: build.wall / rawBuild.wall,
      buildCpuRatio: build.cpu / rawBuild.cpu,
      rawHeapBytesPerAssertion: (m1.heap - m0.heap) / size,
      rawRssBytesPerAssertion: (m1.rss - m0.rss) / size,
      heapBytesPerAssertion: (m3.heap - m2.heap) / size,
      rssBytesPerAssertion: (m3.rss - m2.rss) / size,
      rssAfterBuildMb: m3.rss / MB,
      timeline: timelineFigures,
      scan,
      export: { turtle: strip(turtle), nquads: strip(nquads) },
      import: imported,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const strip = ({ file: _file, ...figures }: ExportFigures & { file: string }): ExportFigures => figures;

// ── Report ──────────────────────────────────────────────────────────────────────────

function summarize(rows: readonly ScaleRow[]): { summary: ScaleSummary; targets: TargetCheck[] } {
  const r = rows.reduce((a, b) => (b.size > a.size ? b : a));
  const summary: ScaleSummary = {
    size: r.size,
    build_ratio: round(r.buildRatio, 2),
    rss_bytes_per_assertion: Math.round(r.rssBytesPerAssertion),
    scan_ratio: round(r.scan.ratio, 2),
    timeline_p50_us: round(r.timeline.random.p50Us, 1),
    export_ratio: round(r.export.turtle.ratio, 2),
    export_rss_growth_mb: Math.round(r.export.turtle.rssGrowthMb),
    export_retained_mb: Math.round(r.export.turtle.retainedMb),
    extract_mb_per_s: null,
    jobs2_speedup: null,
  };
  const graphMb = (r.rssBytesPerAssertion * 1_000_000) / MB;
  const targets: TargetCheck[] = [
    { target: 'build ≤ 2× raw graphology', value: `${summary.build_ratio}×`, met: r.buildRatio <= 2 },
    { target: 'graph RSS ≤ 1.5 GB per 1 M assertions', value: `${Math.round(graphMb)} MB`, met: graphMb <= 1536 },
    { target: 'contradiction scan ≤ 1.5× Map group-by', value: `${summary.scan_ratio}×`, met: r.scan.ratio <= 1.5 },
    { target: 'scan finds exactly the planted contradictions', value: `${r.scan.found} found / ${r.scan.planted} planted`, met: r.scan.exact },
    { target: 'timeline of one (random) entity ≤ 100 µs p50', value: `${summary.timeline_p50_us} µs`, met: r.timeline.random.p50Us <= 100 },
    { target: 'Turtle export ≥ 0.8× raw n3 StreamWriter', value: `${summary.export_ratio}×`, met: r.export.turtle.ratio >= 0.8 },
    { target: 'RSS growth during Turtle export ≤ 200 MB', value: `${summary.export_rss_growth_mb} MB (heap the export holds: ${summary.export_retained_mb} MB)`, met: r.export.turtle.rssGrowthMb <= 200 },
  ];
  return { summary, targets };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The human table of a result (sizes as columns), then the targets. */
export function formatScaleTable(result: ScaleResult): string {
  const { rows } = result;
  const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  const perA = (secondsValue: number, n: number) => fmt((secondsValue / n) * 1e6, 2);
  const mbs = (bytes: number, s: number) => fmt(bytes / MB / s, 1);
  const lines: Array<[string, (r: ScaleRow) => string]> = [
    ['entities / sources', (r) => `${r.entities} / ${r.sources}`],
    ['generate (s, not timed below)', (r) => fmt(r.generateSeconds)],
    ['BUILD raw graphology (s)', (r) => fmt(r.rawBuildSeconds)],
    ['  KnowledgeGraph (s)', (r) => fmt(r.buildSeconds)],
    ['  KnowledgeGraph (k assertions/s)', (r) => fmt(r.size / r.buildSeconds / 1000, 0)],
    ['  µs per assertion: raw / graph', (r) => `${perA(r.rawBuildSeconds, r.size)} / ${perA(r.buildSeconds, r.size)}`],
    ['  ratio graph / raw  [≤ 2]', (r) => fmt(r.buildRatio)],
    ['  ratio from CPU time', (r) => fmt(r.buildCpuRatio)],
    ['  heap B/assertion: raw / graph', (r) => `${fmt(r.rawHeapBytesPerAssertion, 0)} / ${fmt(r.heapBytesPerAssertion, 0)}`],
    ['  RSS B/assertion: raw / graph', (r) => `${fmt(r.rawRssBytesPerAssertion, 0)} / ${fmt(r.rssBytesPerAssertion, 0)}`],
    ['  process RSS after build (MB)', (r) => fmt(r.rssAfterBuildMb, 0)],
    ['TIMELINE hub: assertions', (r) => String(r.timeline.hub.assertions)],
    ['  hub first / p50 / p99 (ms)', (r) => `${fmt(r.timeline.hub.firstUs / 1000, 1)} / ${fmt(r.timeline.hub.p50Us / 1000, 1)} / ${fmt(r.timeline.hub.p99Us / 1000, 1)} (${r.timeline.hub.queries}×)`],
    ['  random: mean entries', (r) => fmt(r.timeline.random.meanAssertions, 1)],
    ['  random first / p50 / p99 (µs) [p50 ≤ 100]', (r) => `${fmt(r.timeline.random.firstUs, 0)} / ${fmt(r.timeline.random.p50Us, 1)} / ${fmt(r.timeline.random.p99Us, 1)}`],
    ['SCAN Map group-by (s)', (r) => fmt(r.scan.baselineSeconds)],
    ['  contradictions() (s)', (r) => fmt(r.scan.seconds)],
    ['  µs per assertion', (r) => perA(r.scan.seconds, r.size)],
    ['  ratio  [≤ 1.5]', (r) => fmt(r.scan.ratio)],
    ['  ratio from CPU time', (r) => fmt(r.scan.cpuRatio)],
    ['  found / planted (+ decoys) exact?', (r) => `${r.scan.found} / ${r.scan.planted} (+${r.scan.decoys}) ${r.scan.exact ? 'yes' : 'NO'}`],
  ];
  for (const format of ['turtle', 'nquads'] as const) {
    const name = format === 'turtle' ? 'Turtle' : 'N-Quads';
    lines.push(
      [`EXPORT ${name}: quads / MB`, (r) => `${r.export[format].quads} / ${fmt(r.export[format].bytes / MB, 0)}`],
      ['  raw n3 / writeRdf (s)', (r) => `${fmt(r.export[format].rawSeconds)} / ${fmt(r.export[format].seconds)}`],
      ['  writeRdf k quads/s, MB/s', (r) => `${fmt(r.export[format].quads / r.export[format].seconds / 1000, 0)}, ${mbs(r.export[format].bytes, r.export[format].seconds)}`],
      ['  µs per assertion', (r) => perA(r.export[format].seconds, r.size)],
      [`  ratio  ${format === 'turtle' ? '[≥ 0.8]' : ''}`, (r) => fmt(r.export[format].ratio)],
      ['  ratio from CPU time', (r) => fmt(r.export[format].cpuRatio)],
      [`  RSS growth (MB) ${format === 'turtle' ? '[≤ 200]' : ''}`, (r) => fmt(r.export[format].rssGrowthMb, 0)],
      ['  heap held, GC-sampled (MB)', (r) => fmt(r.export[format].retainedMb, 0)],
      ['  same bytes as raw n3', (r) => (r.export[format].sameBytes ? 'yes' : 'NO')],
    );
  }
  for (const format of ['turtle', 'nquads'] as const) {
    const name = format === 'turtle' ? 'Turtle' : 'N-Quads';
    const cell = (show: (f: ImportFigures, r: ScaleRow) => string) => (r: ScaleRow) => (r.import ? show(r.import[format], r) : 'not run');
    lines.push(
      [`IMPORT ${name}: raw n3 / readRdf (s)`, cell((f) => `${fmt(f.rawSeconds)} / ${fmt(f.seconds)}`)],
      ['  readRdf MB/s, k quads/s', cell((f) => `${mbs(f.bytes, f.seconds)}, ${fmt(f.quads / f.seconds / 1000, 0)}`)],
      ['  µs per assertion', cell((f, r) => perA(f.seconds, r.size))],
      ['  ratio', cell((f) => fmt(f.ratio))],
      ['  all assertions back', cell((f) => (f.complete ? 'yes' : 'NO'))],
    );
  }
  const header = ['', ...rows.map((r) => `${r.size.toLocaleString('en')} assertions`)];
  const body = lines.map(([label, cell]) => [label, ...rows.map(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [line(header), ...body.map(line), ''];
  out.push(`Targets (at ${result.summary.size.toLocaleString('en')} assertions):`);
  for (const t of result.targets) out.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);
  if (!result.gc) out.push('', 'Memory figures are rough: run node with --expose-gc to collect garbage between stages.');
  return out.join('\n');
}

/** Runs the benchmark at each size, in this process, and prints the table (or, with `json`, one JSON object). */
export async function runScale(options: ScaleOptions): Promise<ScaleResult> {
  const seed = options.seed ?? 42;
  if (!gc) log('scale: no gc() (run node with --expose-gc): memory figures will be rough');
  const rows: ScaleRow[] = [];
  for (const size of [...options.sizes].sort((a, b) => a - b)) {
    rows.push(await measure(size, seed, options.importMax ?? 100_000));
    memory();
  }
  const { summary, targets } = summarize(rows);
  const result: ScaleResult = { rows, summary, targets, gc: gc !== undefined, node: process.version, seed };
  if (options.print ?? true) process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatScaleTable(result)}\n`);
  return result;
}

// Run on its own: `npx tsx --expose-gc --max-old-space-size=8192 bench/scale.ts [--json] [--sizes …] [--import-max …] [--seed …]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((s) => !Number.isSafeInteger(s) || s < 1000)) throw new Error('scale: --sizes takes whole numbers of at least 1000, e.g. 10000,100000');
  // No top-level await: the module may also be loaded as CommonJS.
  void runScale({ sizes, json: args.includes('--json'), seed: Number(value('--seed') ?? 42), importMax: Number(value('--import-max') ?? 100_000) }).then((result) => {
    if (!result.rows.every((r) => r.scan.exact)) process.exitCode = 1;
  });
}
