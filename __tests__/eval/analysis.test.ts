/**
 * Contradictions and changes of the bundled corpus against the seed gold
 * (`contradictions`, `changes`, `lookalikes`), and the scorer itself.
 * Measured twice: with the publication dates the library infers, and with the gold's
 * dates given in a manifest — so that dating errors and analysis errors show apart.
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus';
import { loadGold, scoreAnalysis, scoreEvents, scoreTimelines, type AnalysisScore, type Gold } from '../../src/eval';
import { extract } from '../../src/extract';
import { buildGraph } from '../../src/pipeline';
import { analysisRecords, contradictions, stanceChanges, type AnalysisRecords } from '../../src/query';

const root = join(__dirname, '..', '..');
const corpusDir = join(root, 'examples', 'corpus');
let gold: Gold;

async function analyse(dir: string, manifest?: string): Promise<{ records: AnalysisRecords; score: AnalysisScore }> {
  const { documents } = await loadCorpus(dir, manifest ? { manifest } : {});
  const graph = buildGraph(documents);
  const records = analysisRecords(graph, { contradictions: contradictions(graph), changes: stanceChanges(graph) });
  const texts = new Map(documents.map((d) => [d.file, d.text]));
  return { records, score: scoreAnalysis(records, gold, { texts }) };
}

/** The corpus in a temporary directory with a manifest giving the gold publication windows. */
function corpusWithGoldDates(): { dir: string; manifest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gold-dates-'));
  for (const file of readdirSync(corpusDir)) copyFileSync(join(corpusDir, file), join(dir, file));
  const entries = gold.documents.map((d) => {
    const { earliest, latest } = d.published;
    return { file: d.file, published: earliest === latest ? earliest : `${earliest}/${latest}` };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(entries));
  return { dir, manifest: join(dir, 'manifest.json') };
}

beforeAll(async () => {
  gold = await loadGold(join(root, '__tests__', 'fixtures', 'seeds.gold.json'));
});

describe('analysis of the bundled corpus on the seed gold', () => {
  // measured 2026-11-22 (session 5): inferred dates — hard 2/4, soft 2/4, changes 1/5, lookalikes 0/9;
  // gold dates — hard 3/4, soft 2/4, changes 1/5, lookalikes 0/9. Below the analysis issue's
  // targets (all hard, 4 changes): the missing ones need claims the extractor does not read.
  it('with inferred dates: finds ≥ 2 hard and ≥ 2 soft contradictions and flags no lookalike', async () => {
    const { score } = await analyse(corpusDir);
    expect(score.status).toBe('scored');
    expect(score.contradictions.hard.matched).toBeGreaterThanOrEqual(2);
    expect(score.contradictions.soft.matched).toBeGreaterThanOrEqual(2);
    expect(score.lookalikes.matched).toBe(0);
    expect(score.changesAsContradictions).toEqual([]);
  });

  it('with the gold dates: finds ≥ 3 hard and ≥ 2 soft contradictions and ≥ 1 change, flags no lookalike', async () => {
    const { dir, manifest } = corpusWithGoldDates();
    const { score } = await analyse(dir, manifest);
    expect(score.contradictions.hard.matched).toBeGreaterThanOrEqual(3);
    expect(score.contradictions.soft.matched).toBeGreaterThanOrEqual(2);
    expect(score.changes.matched).toBeGreaterThanOrEqual(1);
    expect(score.lookalikes.matched).toBe(0);
    expect(score.changesAsContradictions).toEqual([]);
  });

  it('orders the found gold events of every gold timeline as the gold does (ties only where spans overlap)', async () => {
    // measured 2026-11-22 (session 5): 80 pairs of dated found events over 8 timelines, none reversed; 34 of 59 found events undated
    const { documents } = await loadCorpus(corpusDir);
    const result = extract(documents);
    const texts = new Map(documents.map((d) => [d.file, d.text]));
    const timelines = scoreTimelines(result, gold, scoreEvents(result, gold, { texts }));
    expect(timelines.map((t) => t.entity)).toEqual(Object.keys(gold.timelines).sort());
    expect(timelines.reduce((n, t) => n + t.pairs, 0)).toBeGreaterThanOrEqual(50);
    expect(timelines.flatMap((t) => t.reversed)).toEqual([]);
  });

  it('names the source of every claim in each explanation', async () => {
    const { records } = await analyse(corpusDir);
    expect(records.contradictions.length).toBeGreaterThan(0);
    for (const record of [...records.contradictions, ...records.changes]) {
      // a record's first two claims are the two sides; both sources must be named (the others are context)
      const files = record.claims.slice(0, 2).map((c) => c.file.slice(c.file.lastIndexOf('/') + 1));
      for (const file of files) expect([record.id, record.explanation.includes(file)]).toEqual([record.id, true]);
    }
  });
});

describe('scoreTimelines', () => {
  it('counts a pair put the other way round, and not a tie of overlapping spans or an undated event', () => {
    const tinyGold = { timelines: { x: ['e1', 'e2', 'e3', 'e4'] } } as unknown as Gold;
    const found = (id: string, best: string) => ({ id, best: { id: best } });
    const events = { found: [found('e1', 'a1'), found('e2', 'a2'), found('e3', 'a3'), found('e4', 'a4')] } as unknown as Parameters<typeof scoreTimelines>[2];
    const assertion = (id: string, valid: string | null) => ({ id, valid: valid ? { value: valid } : null });
    const result = { assertions: [assertion('a1', '2024-03'), assertion('a2', '2024-03-25'), assertion('a3', '2024-01'), assertion('a4', null)] } as unknown as Parameters<typeof scoreTimelines>[0];
    const [score] = scoreTimelines(result, tinyGold, events);
    expect(score).toEqual({ entity: 'x', events: 4, placed: 3, unplaced: ['e4'], pairs: 3, consistent: 1, reversed: [['e1', 'e3'], ['e2', 'e3']] });
  });
});

describe('scoreAnalysis', () => {
  const text = 'Alpha said yes. Beta said no. Gamma agreed.';
  const tinyGold = {
    documents: [{ file: 'a.txt' }],
    contradictions: [{ id: 'c1', strength: 'hard', claims: [{ doc: 'a.txt', evidence: 'Alpha said yes' }, { doc: 'a.txt', evidence: 'Beta said no' }] }],
    changes: [{ id: 'ch1', claims: [{ doc: 'a.txt', evidence: 'Beta said no' }, { doc: 'a.txt', evidence: 'Gamma agreed' }] }],
    lookalikes: [{ id: 'l1', claims: [{ doc: 'a.txt', evidence: 'Alpha said yes' }, { doc: 'a.txt', evidence: 'Gamma agreed' }] }],
  } as unknown as Gold;
  const claim = (start: number, end: number) => ({ file: 'dir/a.txt', evidence: { start, end } });
  const texts = new Map([['a.txt', text]]);

  it('matches a gold pair when the record cites both sides, by overlap in the same file', () => {
    const score = scoreAnalysis({ contradictions: [{ id: 'r1', kind: 'polarity', claims: [claim(0, 5), claim(20, 24)] }], changes: [] }, tinyGold, { texts });
    expect(score.contradictions).toMatchObject({ matched: 1, hard: { gold: 1, matched: 1 }, soft: { gold: 0, matched: 0 } });
    expect(score.lookalikes.matched).toBe(0);
  });

  it('does not match a record citing one side only, or another file', () => {
    const one = scoreAnalysis({ contradictions: [{ id: 'r1', kind: 'polarity', claims: [claim(0, 5)] }], changes: [] }, tinyGold, { texts });
    expect(one.contradictions.matched).toBe(0);
    const other = scoreAnalysis({ contradictions: [{ id: 'r1', kind: 'polarity', claims: [{ file: 'b.txt', evidence: { start: 0, end: 40 } }] }], changes: [] }, tinyGold, { texts });
    expect(other.contradictions.matched).toBe(0);
  });

  it('counts a flagged lookalike and a change reported as a contradiction', () => {
    const score = scoreAnalysis({ contradictions: [{ id: 'r1', kind: 'polarity', claims: [claim(0, 43)] }], changes: [] }, tinyGold, { texts });
    expect(score.lookalikes.pairs[0]).toEqual({ id: 'l1', matchedBy: ['r1'] });
    expect(score.changesAsContradictions).toEqual(['ch1']);
  });

  it('names the field of a gold claim in an unknown document', () => {
    const bad = { ...tinyGold, changes: [{ id: 'x', claims: [{ doc: 'zzz.txt', evidence: 'a' }, { doc: 'a.txt', evidence: 'b' }] }] } as unknown as Gold;
    expect(() => scoreAnalysis({ contradictions: [], changes: [] }, bad, { texts })).toThrow(/changes\[0\]\.claims\[0\]\.doc/);
  });
});
