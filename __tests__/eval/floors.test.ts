/**
 * Accuracy floors of the shipped extractor on the seed gold: the figures may only go up.
 * (Measured in `npm run eval -- __tests__/fixtures/seeds.gold.json examples/corpus`.)
 */
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus';
import { evaluate, loadGold, type Gold } from '../../src/eval';
import { extract, type ExtractionResult } from '../../src/extract';

const root = join(__dirname, '..', '..');
const NAMED_KINDS = ['Person', 'Country', 'Organization', 'GovernmentBody', 'Place'];
let result: ExtractionResult;
let gold: Gold;
let texts: Map<string, string>;

beforeAll(async () => {
  gold = await loadGold(join(root, '__tests__', 'fixtures', 'seeds.gold.json'));
  const { documents } = await loadCorpus(join(root, 'examples', 'corpus'));
  texts = new Map(documents.map((d) => [d.file, d.text]));
  result = extract(documents);
});

describe('entity linking on the seed gold', () => {
  it('links named entities (persons, countries, organisations, government bodies, places) with F1 ≥ 0.95', () => {
    const { entityLinking } = evaluate(result, gold, { types: NAMED_KINDS });
    expect(entityLinking.precision).toBeGreaterThanOrEqual(0.95);
    expect(entityLinking.recall).toBeGreaterThanOrEqual(0.94);
    expect(entityLinking.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps precision ≥ 0.95 and F1 ≥ 0.87 over all gold types (descriptions of events included)', () => {
    const { entityLinking } = evaluate(result, gold);
    expect(entityLinking.precision).toBeGreaterThanOrEqual(0.95);
    expect(entityLinking.f1).toBeGreaterThanOrEqual(0.87);
  });

  it('gives every mention the exact text at its offsets', async () => {
    const { documents } = await loadCorpus(join(root, 'examples', 'corpus'));
    const texts = new Map(documents.map((d) => [d.file, d.text]));
    for (const entity of result.entities) for (const m of entity.mentions) expect(texts.get(m.file)!.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('publication dates on the seed gold', () => {
  const row = (prefix: string) => evaluate(result, gold).publication.rows.find((r) => r.document.startsWith(prefix))!;

  it('dates 003 exactly by its dateline', () => {
    expect(row('003').exact).toBe(true);
  });

  it.each(['000', '001', '004'])('gives %s a window that contains the gold date', (prefix) => {
    expect(row(prefix).overlaps).toBe(true);
    expect(row(prefix).coversGoldWindow).toBe(true);
  });

  it('bounds 001 to a window of at most half a year (interim Prime Minister Yair Lapid)', () => {
    expect(row('001').widthDays).toBeLessThanOrEqual(183);
  });

  it('reports the conflicting date evidence of 004', () => {
    const doc = result.documents.find((d) => d.id.startsWith('004'))!;
    expect(doc.published.conflicts.length).toBeGreaterThan(0);
    expect(doc.published.note).toContain('Conflicting date evidence');
  });
});

describe('events (claims) on the seed gold', () => {
  // measured 2026-11-22 (session 5): recall 0.444, precision 0.563, attribution 0.864, modality 0.881, date 0.172 —
  // far below the targets of the claims issue; these floors only keep the rules from sliding back. Attribution
  // is over found events: it fell from 0.905 as events newly found quote officials through an outlet, which the
  // gold names as the speaker and the extractor does not (the one quoted speaks)
  it('finds gold events with recall ≥ 0.43 and precision ≥ 0.55', () => {
    const { events } = evaluate(result, gold, { texts });
    expect(events.status).toBe('scored');
    expect(events.recall).toBeGreaterThanOrEqual(0.43);
    expect(events.precision).toBeGreaterThanOrEqual(0.55);
  });

  it('gets attribution (≥ 0.84), modality (≥ 0.85) and dates (≥ 0.16) of found events right', () => {
    const { events } = evaluate(result, gold, { texts });
    expect(events.attribution.accuracy).toBeGreaterThanOrEqual(0.84);
    expect(events.modality.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(events.date.accuracy).toBeGreaterThanOrEqual(0.16);
  });
});
