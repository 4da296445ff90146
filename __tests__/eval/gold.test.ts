import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaimgraphError, GoldError } from '../../src/errors';
import { loadGold, parseGold, validateGold } from '../../src/eval/gold';
import { goldDocument, goldEntity } from './fixture';
import { thrown } from '../thrown';

const seeds = join(__dirname, '..', 'fixtures', 'seeds.gold.json');

const errorOf = (fn: () => unknown): GoldError => thrown(fn, GoldError);

const valid = () => ({
  documents: [goldDocument('a.txt', '2024-05', '2024-05-29', '2024-11-05'), goldDocument('b.txt')],
  entities: [goldEntity('putin', 'Person', 'Q7747', ['Vladimir Putin', 'Putin'], ['a.txt', 'b.txt'])],
});

describe('loadGold', () => {
  it('loads the seeds gold file, every section', async () => {
    const gold = await loadGold(seeds);
    expect(gold.documents).toHaveLength(5);
    expect(gold.entities).toHaveLength(100);
    expect(gold.events).toHaveLength(133);
    expect(gold.contradictions).toHaveLength(8);
    expect(gold.changes).toHaveLength(5);
    expect(gold.lookalikes).toHaveLength(9);
    expect(Object.keys(gold.timelines)).toContain('vladimir_putin');
    expect(gold.documents[3]?.published).toMatchObject({ value: '2024-03-27', earliest: '2024-03-27', latest: '2024-03-27' });
    expect(gold.entities.find((e) => e.id === 'vladimir_putin')).toMatchObject({ wikidata: 'Q7747', type: 'Person' });
    expect(gold.events[0]).toMatchObject({ id: 'ev_000_strike_gaza', doc: '000_8c0fb1a689d43340.txt' });
  });

  it('names a file it cannot read', async () => {
    const missing = join(tmpdir(), 'no-such-gold.json');
    await expect(loadGold(missing)).rejects.toMatchObject({ name: 'GoldError', file: missing, message: expect.stringMatching(/^loadGold: cannot read .*no-such-gold\.json/) });
  });

  it('names file, line and column of a JSON syntax error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-gold-')), 'bad.json');
    writeFileSync(file, '{\n  "documents": [\n    {"file": "a.txt",,}\n  ]\n}\n');
    const error = await loadGold(file).catch((e: unknown) => e as GoldError);
    expect(error).toBeInstanceOf(GoldError);
    expect(error).toBeInstanceOf(ClaimgraphError);
    expect(error).toMatchObject({ file, line: 3, column: 22 });
    expect(error.message).toMatch(new RegExp(`^loadGold: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:22: not valid JSON`));
  });
});

describe('parseGold', () => {
  it('accepts a gold without the later sections, and fills them in empty', () => {
    const gold = parseGold(JSON.stringify(valid()), 'g.json');
    expect(gold).toMatchObject({ events: [], contradictions: [], changes: [], lookalikes: [], timelines: {} });
    expect(gold.entities[0]?.docs).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps the loosely typed sections and unknown fields as written', () => {
    const gold = parseGold(JSON.stringify({ ...valid(), events: [{ id: 'e1', anything: [1, 2] }], timelines: { putin: ['e1'] }, note: 'x' }));
    expect(gold.events).toEqual([{ id: 'e1', anything: [1, 2] }]);
    expect(gold.timelines).toEqual({ putin: ['e1'] });
    expect(gold).toMatchObject({ note: 'x' });
  });

  it('reports line and column without a file', () => {
    expect(errorOf(() => parseGold('{"documents": [1 2]}'))).toMatchObject({ line: 1, column: 18, message: expect.stringMatching(/^parseGold: 1:18: not valid JSON/) });
  });

  it.each([
    ['a QID that is not one', (g: any) => (g.entities[0].wikidata = '7747'), 'entities[0].wikidata', /not a Wikidata QID/],
    ['a missing window bound', (g: any) => delete g.documents[1].published.latest, 'documents[1].published.latest', /expected string/],
    ['a day that does not exist', (g: any) => (g.documents[0].published.earliest = '2024-02-30'), 'documents[0].published.earliest', /not a calendar day/],
    ['a value that is not a span', (g: any) => (g.documents[0].published.value = 'May 2024'), 'documents[0].published.value', /not a date or span/],
    ['a window that ends before it starts', (g: any) => (g.documents[0].published.latest = '2024-05-01'), 'documents[0].published', /earliest 2024-05-29 is after latest 2024-05-01/],
    ['aliases that are not a list', (g: any) => (g.entities[0].aliases = 'Putin'), 'entities[0].aliases', /expected array/],
    ['an event that is not an object', (g: any) => (g.events = [{}, 'e2']), 'events[1]', /expected object/],
    ['a document listed twice', (g: any) => g.documents.push(goldDocument('dir/a.txt')), 'documents[2].file', /"a.txt" is listed twice/],
    ['an entity id used twice', (g: any) => g.entities.push(goldEntity('putin', 'Person', null, ['Putin'], [])), 'entities[1].id', /"putin" is used twice/],
    ['docs naming no gold document', (g: any) => g.entities[0].docs.push('c.txt'), 'entities[0].docs[2]', /"c.txt" is not one of the gold documents/],
    ['no entities section', (g: any) => delete g.entities, 'entities', /expected array/],
  ])('names the field of %s', (_what, spoil, field, message) => {
    const value = valid();
    spoil(value);
    const error = errorOf(() => parseGold(JSON.stringify(value), 'gold.json'));
    expect(error).toMatchObject({ file: 'gold.json', field });
    expect(error.message.startsWith(`parseGold: gold.json: ${field}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('says (top level) when the value is not an object at all', () => {
    expect(errorOf(() => validateGold([]))).toMatchObject({ field: '(top level)', message: expect.stringMatching(/^validateGold: \(top level\): /) });
  });
});
