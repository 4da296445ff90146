/**
 * The SPARQL helpers against oxigraph in process: for the bundled corpus, synthetic
 * graphs of every kind and random graphs, the store's answers are the in-memory
 * helpers' answers, record for record and entry for entry.
 */
import { QueryError, SparqlError } from '../../src/errors';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import type { PredicateDefinition } from '../../src/model/predicate';
import { contradictions, timeline, type ContradictionOptions, type TimelineOptions } from '../../src/query';
import { toQuads } from '../../src/rdf';
import { OxigraphStore, pushGraph, sparqlContradictions, sparqlTimeline, type SparqlContradictionOptions } from '../../src/sparql';
import { parseTimeSpan } from '../../src/time/timespan';
import { bundledCorpusGraph } from '../query/fixtures';
import { e, graphOf, number, text, type Claim, office, OFFICE_ROLES } from '../query/claims-graph';
import { randomGraph } from './random-graph';

jest.setTimeout(60_000);

async function storeOf(kg: KnowledgeGraph, graph?: string): Promise<OxigraphStore> {
  const store = new OxigraphStore();
  await pushGraph(store, kg, graph === undefined ? {} : { graph });
  return store;
}

/** Asserts that the store answers what `contradictions()` answers, and returns the answer. */
async function expectSame(kg: KnowledgeGraph, options: ContradictionOptions & SparqlContradictionOptions = {}) {
  const expected = contradictions(kg, options);
  const actual = await sparqlContradictions(await storeOf(kg), options);
  expect(actual).toEqual(expected);
  return actual;
}

const kinds = (found: { kind: string }[]) => found.map((c) => c.kind);

describe('the bundled corpus in oxigraph', () => {
  let kg: KnowledgeGraph;
  let store: OxigraphStore;
  beforeAll(async () => {
    kg = await bundledCorpusGraph();
    store = await storeOf(kg);
  });

  it('answers the same contradictions as the in-memory helper', async () => {
    const expected = contradictions(kg);
    expect(expected.length).toBeGreaterThan(0);
    expect(await sparqlContradictions(store)).toEqual(expected);
  });

  it("answers every entity's timeline as timeline() does, on both axes", async () => {
    const entities = kg.entities().filter((entity) => kg.assertionsOf(entity.id).length > 0);
    expect(entities.length).toBeGreaterThan(10);
    for (const entity of entities) {
      for (const by of ['valid', 'recorded'] as const) {
        expect([entity.label, by, await sparqlTimeline(store, entity.id, { by })]).toEqual([entity.label, by, timeline(kg, { entity: entity.id, by })]);
      }
    }
  });

  it('filters by predicate and period as timeline() does, undated claims kept', async () => {
    const putin = e('Vladimir Putin');
    const cases: TimelineOptions[] = [{ during: parseTimeSpan('2025') }, { during: parseTimeSpan('../2020') }, { during: parseTimeSpan('2024-03/..') }, { predicate: 'holdsOffice' }];
    for (const options of cases) {
      const expected = timeline(kg, { entity: putin, ...options });
      expect(await sparqlTimeline(store, putin, options)).toEqual(expected);
    }
    expect(timeline(kg, { entity: putin, during: parseTimeSpan('2025') }).undated.length).toBeGreaterThan(0);
  });

  it('reads one named graph when the graph was pushed into it, and nothing of others', async () => {
    const named = await storeOf(kg, 'urn:claimgraph:test:corpus');
    expect(await sparqlContradictions(named, { graph: 'urn:claimgraph:test:corpus' })).toEqual(contradictions(kg));
    expect(await sparqlContradictions(named, { graph: 'urn:claimgraph:test:other' })).toEqual([]);
    expect(await sparqlTimeline(named, e('Vladimir Putin'), { graph: 'urn:claimgraph:test:corpus' })).toEqual(timeline(kg, { entity: e('Vladimir Putin') }));
  });

  it('answers nothing for an entity the store does not hold', async () => {
    expect(await sparqlTimeline(store, e('Nobody At All'))).toEqual({ entries: [], undated: [] });
  });
});

const TWO_DOCS = { '000_a': '2024-03-27', '001_b': '2024-03-28' };

describe('synthetic graphs: each kind as the in-memory rules decide it', () => {
  it('polarity: opposite claims, symmetric and inverse predicates, the recorded-time fallback, free phrases', async () => {
    const kg = graphOf({ ...TWO_DOCS, '002_m': '2024-03', '003_c': '2025-01-10' }, [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22', text: 'Russia vetoed the draft' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-22', polarity: 'denied', text: 'Russia did not veto the draft' },
      { s: 'Vladimir Putin', p: 'meets', o: 'Benjamin Netanyahu', doc: '000_a', valid: '2024-03' },
      { s: 'Benjamin Netanyahu', p: 'meets', o: 'Vladimir Putin', doc: '001_b', valid: '2024-03-20', polarity: 'denied' },
      { s: 'Vladimir Putin', p: 'visits', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Israel', p: 'hosts', o: 'Vladimir Putin', doc: '001_b', valid: '2024-03-20', polarity: 'denied' },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '000_a', valid: '2024-03-22' },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '002_m', valid: null, polarity: 'denied' }, // same reporting period: soft
      { s: 'Iran', p: 'strikes', o: 'Israel', doc: '000_a', valid: null },
      { s: 'Iran', p: 'strikes', o: 'Israel', doc: '003_c', valid: null, polarity: 'denied' }, // another period: nothing
      { s: 'Benjamin Netanyahu', p: 'demands', o: text('a ceasefire'), doc: '000_a', valid: '2024-03' },
      { s: 'Benjamin Netanyahu', p: 'demands', o: text('a truce in Gaza'), doc: '001_b', valid: '2024-03', polarity: 'denied', modality: 'planned' },
      { s: 'Gaza strike', p: 'kills', o: number(45), doc: '000_a', valid: '2024-03-20' },
      { s: 'Gaza strike', p: 'kills', o: number(45, 'exactly', 'decimal'), doc: '001_b', valid: '2024-03-20', polarity: 'denied' }, // 45 = 45.0
      { s: 'Gaza strike', p: 'kills', o: number(45, 'atLeast'), doc: '001_b', valid: '2024-03-20', polarity: 'denied' }, // another qualifier
    ]);
    const found = await expectSame(kg);
    expect(kinds(found)).toEqual(['polarity', 'polarity', 'polarity', 'polarity', 'polarity', 'polarity']);
    expect(found.map((c) => c.severity).sort()).toEqual(['hard', 'hard', 'hard', 'hard', 'soft', 'soft']);
  });

  it('attribution: two named speakers who disagree; one speaker against themselves stays polarity', async () => {
    const kg = graphOf(TWO_DOCS, [
      { s: 'Israel', p: 'strikes', o: 'Rafah', doc: '000_a', valid: '2024-03-20', by: 'Yoav Gallant', modality: 'reported' },
      { s: 'Israel', p: 'strikes', o: 'Rafah', doc: '001_b', valid: '2024-03-20', by: 'Benjamin Netanyahu', polarity: 'denied', modality: 'reported' },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '000_a', valid: '2024-03-20', by: 'Yoav Gallant' },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '001_b', valid: '2024-03-20', by: 'Yoav Gallant', polarity: 'denied' },
    ]);
    expect(kinds(await expectSame(kg))).toEqual(['polarity', 'attribution']);
    expect(kinds(await expectSame(kg, { kinds: ['attribution'] }))).toEqual(['attribution']);
  });

  it('contrary: overlapping times, symmetric predicates either way round, not a change or a directed reversal', async () => {
    const kg = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03-25' },
      { s: 'Russia', p: 'criticizes', o: 'Israel', doc: '000_a', valid: '2024-03-26', modality: 'hoped' },
      { s: 'Israel', p: 'strengthensTiesWith', o: 'Turkey', doc: '000_a', valid: '2024-03' },
      { s: 'Turkey', p: 'cutsTiesWith', o: 'Israel', doc: '001_b', valid: '2024-03' },
      { s: 'Iran', p: 'praises', o: 'Qatar', doc: '000_a', valid: '2024-03' },
      { s: 'Qatar', p: 'condemns', o: 'Iran', doc: '001_b', valid: '2024-03' }, // directed, reversed: nothing
      { s: 'Egypt', p: 'praises', o: 'Iran', doc: '000_a', valid: '2023' },
      { s: 'Egypt', p: 'condemns', o: 'Iran', doc: '001_b', valid: '2024-03' }, // a change: nothing
      { s: 'Jordan', p: 'supports', o: text('the  Plan'), doc: '000_a', valid: '../2024-03-10' },
      { s: 'Jordan', p: 'opposes', o: text('the plan '), doc: '001_b', valid: '2024-03-01/..' }, // one literal pair key
    ]);
    const found = await expectSame(kg);
    expect(kinds(found)).toEqual(['contrary', 'contrary', 'contrary', 'contrary']);
    expect(found.map((c) => c.severity)).toContain('soft');
  });

  it('contrary: follows options.predicates instead of the built-in vocabulary', async () => {
    const base = { comment: 'test', valence: 'neutral', functional: false, symmetric: false } as const;
    const predicates: PredicateDefinition[] = [
      { ...base, id: 'praises', label: 'praises' },
      { ...base, id: 'condemns', label: 'condemns' },
      { ...base, id: 'likes', label: 'likes', contrary: ['hates'] },
      { ...base, id: 'hates', label: 'hates', contrary: ['likes'] },
      { ...base, id: 'tallies', label: 'tallies', functional: true },
    ];
    const kg = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03' },
      { s: 'Russia', p: 'likes', o: 'Iran', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'hates', o: 'Iran', doc: '001_b', valid: '2024-03' },
      { s: 'Russia', p: 'tallies', o: number(10), doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'tallies', o: number(20), doc: '001_b', valid: '2024-03' },
    ]);
    expect(kinds(await expectSame(kg, { predicates }))).toEqual(['contrary', 'numeric']);
  });

  it('numeric: bounds, qualifiers and the tolerances decide, as valueRange does', async () => {
    const toll = (o: Claim['o'], doc: string, valid: string | null = '2023-10-07'): Claim => ({ s: 'October 7 attack', p: 'deathToll', o, doc, valid });
    const pairs: [Claim['o'], Claim['o'], boolean][] = [
      [number(1400, 'moreThan'), number(1200, 'approximately'), true],
      [number(45, 'atLeast'), number(47), false],
      [number(45, 'atMost'), number(47), true],
      [number(45, 'lessThan'), number(45, 'atLeast'), true],
      [number(45, 'atMost'), number(45, 'atLeast'), false],
      [number(45, 'moreThan'), number(45, 'lessThan'), true],
      [number(45), number(47), true],
      [number(1139), number(1140), false],
      [number(100), number(102), false], // 102 is exactly the top of 100 ± 2%: touching closed ends agree
      [number(-50), number(-52.5, 'exactly', 'decimal'), true],
      [number(45), text('45'), false], // a string is no figure
    ];
    for (const [x, y, clash] of pairs) {
      const found = await expectSame(graphOf(TWO_DOCS, [toll(x, '000_a'), toll(y, '001_b')]));
      expect([x, y, found.length]).toEqual([x, y, clash ? 1 : 0]);
    }
    // 90 is undated, but reported in the same period as the others: soft clashes
    const kg = graphOf({ ...TWO_DOCS, '002_m': '2024-03' }, [toll(number(45), '000_a'), toll(number(47), '001_b'), toll(number(90), '002_m', null), toll(number(60), '001_b', '2023-10-09')]);
    const found = await expectSame(kg);
    expect(found.map((c) => c.severity).sort()).toEqual(['hard', 'soft', 'soft', 'soft']);
    expect(await expectSame(kg, { tolerance: 0.05, approximateTolerance: 0 })).toHaveLength(3);
    expect(await expectSame(kg, { minConfidence: 0.5, kinds: ['numeric'] })).toHaveLength(4);
  });

  describe('anachronism', () => {
    const roles = OFFICE_ROLES;

    it('flags "former President" while in office and a regime called current after it fell, with the reference and backing claims', async () => {
      const kg = graphOf(
        { '002_x': '2025-12-15/2025-12-31', '004_y': '2025-11-16/2025-11-17', '005_z': '2018-05', '003_w': '2025-01-20/..' },
        [
          office('Donald Trump', 'President', '002_x', '2025-12-15/2025-12-31', 'denied'),
          office('Donald Trump', 'President', '004_y', '2025-11-16/2025-11-17'),
          office('Donald Trump', 'President', '005_z', '2018-05'),
          office('Bashar al-Assad', ' president ', '003_w', '2025-01-20/..'),
          office('Vladimir Putin', 'President', '003_w', '2025-01-20/..'), // true while Assad ruled too: does not pin the date
          office('Donald Trump', 'President', '003_w', '2025-01-20/..'), // pins it
        ],
        roles,
      );
      const found = (await expectSame(kg)).filter((c) => c.kind === 'anachronism');
      // "former President" backed by both claims of its term; the regime by Trump's presidency alone
      expect(found.map((c) => [c.reference?.role.term?.value, c.assertions.length]).sort()).toEqual([['2000-07-17/2024-12-08', 2], ['2025-01-20/..', 3]]);
    });

    it('reads roles at their own dates, and leaves straddling, undated and unknown titles alone', async () => {
      const kg = graphOf(
        { a: '2024-05', b: '2025-06', c: '2024-12', d: null },
        [
          office('Donald Trump', 'President', 'a', '2024-05', 'denied'),
          office('Donald Trump', 'President', 'b', '2025-06'),
          office('Bashar al-Assad', 'President', 'c', '2024-12'),
          office('Bashar al-Assad', 'President', 'c', '2024-12', 'denied'),
          office('Bashar al-Assad', 'President', 'd', null),
          office('Donald Trump', 'Prime Minister', 'b', '2025-06'),
        ],
        roles,
      );
      expect(await expectSame(kg, { kinds: ['anachronism'] })).toEqual([]);
    });

    it('uses the reference facts the user adds, open ends included', async () => {
      const kg = graphOf({ a: '2025-06', b: '2021-03' }, [office('Yair Lapid', 'Prime Minister', 'a', '2025-06'), office('Naftali Bennett', 'Prime Minister', 'b', '2021-03', 'denied')]);
      expect(await expectSame(kg)).toEqual([]);
      const reference = [
        { entity: e('Yair Lapid'), role: { title: 'Prime Minister', of: null, term: parseTimeSpan('2022-07-01/2022-12-29') } },
        { entity: e('Naftali Bennett'), role: { title: 'prime minister', of: e('Yair Lapid'), term: parseTimeSpan('../2022-06-30') } },
      ];
      const found = await expectSame(kg, { reference });
      expect(found.map((c) => c.reference)).toEqual([reference[0], reference[1]]);
    });
  });

  it('filters by kinds and confidence, and sorts by kind then assertions', async () => {
    const claims: Claim[] = [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-22', polarity: 'denied' },
      { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03-25' },
      { s: 'Russia', p: 'criticizes', o: 'Israel', doc: '000_a', valid: '2024-03-26', confidence: 0.4 },
      { s: 'Gaza strike', p: 'deathToll', o: number(45), doc: '000_a', valid: '2024-03-20' },
      { s: 'Gaza strike', p: 'deathToll', o: number(90), doc: '001_b', valid: '2024-03-20', confidence: 0.4 },
    ];
    const kg = graphOf(TWO_DOCS, claims);
    expect(kinds(await expectSame(kg))).toEqual(['polarity', 'contrary', 'contrary', 'numeric']);
    expect(kinds(await expectSame(kg, { minConfidence: 0.5 }))).toEqual(['polarity', 'contrary']);
    expect(kinds(await expectSame(kg, { kinds: ['numeric', 'polarity'] }))).toEqual(['polarity', 'numeric']);
    const based = await sparqlContradictions(await storeOf(kg), { base: 'https://example.org/kg/' });
    expect(based.map((c) => c.id.replace('https://example.org/kg/', 'urn:claimgraph:'))).toEqual(contradictions(kg).map((c) => c.id));
  });
});

describe('random graphs', () => {
  it.each([1, 2, 3, 4, 5, 6])('seed %i: every kind answered as in memory', async (seed) => {
    const kg = randomGraph({ claims: 250, entities: 6, sources: 5, seed });
    const store = await storeOf(kg);
    for (const options of [{}, { minConfidence: 0.5, tolerance: 0.05 }, { kinds: ['anachronism', 'contrary'] as const }] as ContradictionOptions[]) {
      expect(await sparqlContradictions(store, options)).toEqual(contradictions(kg, options));
    }
    for (const entity of kg.entities().slice(0, 3)) expect(await sparqlTimeline(store, entity.id)).toEqual(timeline(kg, { entity: entity.id }));
  });

  it('finds every kind somewhere among them', async () => {
    const found = new Set(contradictions(randomGraph({ claims: 600, entities: 6, sources: 5, seed: 9 })).map((c) => c.kind));
    expect([...found].sort()).toEqual(['anachronism', 'attribution', 'contrary', 'numeric', 'polarity']);
  });
});

describe('options and errors', () => {
  const kg = graphOf(TWO_DOCS, [{ s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' }]);

  it('refuses what contradictions() refuses, naming the field', async () => {
    const store = await storeOf(kg);
    await expect(sparqlContradictions(store, { kinds: ['stance' as never] })).rejects.toThrow(/^sparqlContradictions: unknown kind "stance"/);
    await expect(sparqlContradictions(store, { tolerance: -1 })).rejects.toThrow(QueryError);
    await expect(sparqlContradictions(store, { minConfidence: 2 })).rejects.toThrow(/minConfidence must be a number from 0 to 1/);
    const role = { title: 'President', of: null, term: parseTimeSpan('2020') };
    await expect(sparqlContradictions(store, { reference: [{ entity: e('Nobody'), role }] })).rejects.toThrow(/reference\[0\] names unknown entity/);
    await expect(sparqlTimeline(store, e('Russia'), { by: 'published' as never })).rejects.toThrow(QueryError);
  });

  it('refuses IRIs SPARQL cannot write', async () => {
    await expect(sparqlTimeline(await storeOf(kg), 'urn:x y')).rejects.toThrow(SparqlError);
  });
});

describe('OxigraphStore', () => {
  it('loads N-Quads text into its graphs and answers SELECT and ASK', async () => {
    const store = new OxigraphStore({ unionDefaultGraph: false });
    const loaded = await store.load('<urn:a> <urn:p> "x" .\n<urn:a> <urn:p> "é\\n" <urn:g> .\n');
    expect(loaded).toEqual({ quads: 2, requests: 2 });
    expect((await store.query('SELECT ?o WHERE { <urn:a> <urn:p> ?o }')).map((r) => r.o?.value)).toEqual(['x']);
    expect((await store.query('SELECT ?o WHERE { GRAPH <urn:g> { <urn:a> <urn:p> ?o } }')).map((r) => r.o?.value)).toEqual(['é\n']);
    expect(await store.query('ASK { <urn:a> <urn:p> "x" }')).toEqual([{}]);
    expect(await store.query('ASK { <urn:a> <urn:p> "y" }')).toEqual([]);
    await store.clear('urn:g');
    expect(await store.query('SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }')).toEqual([]);
  });

  it('replaces a pushed graph only when one is named', async () => {
    const store = new OxigraphStore();
    const kg = graphOf(TWO_DOCS, [{ s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' }]);
    await store.load('<urn:stale> <urn:p> "old" <urn:claimgraph:test> .\n');
    await pushGraph(store, kg, { graph: 'urn:claimgraph:test', replace: true });
    expect(await store.query('ASK { GRAPH <urn:claimgraph:test> { <urn:stale> ?p ?o } }')).toEqual([]);
    await expect(pushGraph(store, kg, { replace: true })).rejects.toThrow(/^pushGraph: replace needs a graph/);
  });

  it('turns what oxigraph refuses into SparqlErrors, the RDF 1.2 profile included', async () => {
    const store = new OxigraphStore();
    await expect(store.query('SELECT WHERE')).rejects.toThrow(/^OxigraphStore\.query: /);
    await expect(store.query('CONSTRUCT WHERE { ?s ?p ?o }')).resolves.toEqual([]);
    await expect(store.load('<urn:a> <urn:p> .')).rejects.toThrow(/^OxigraphStore\.load: the text is not N-Quads/);
    const kg = graphOf(TWO_DOCS, [{ s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' }]);
    await expect(store.load(toQuads(kg, { profile: 'rdf12' }))).rejects.toThrow(/RDF 1\.2 profile/);
  });
});

describe('without the oxigraph package', () => {
  afterEach(() => {
    jest.dontMock('oxigraph');
    jest.resetModules();
  });

  it('fails on first use with an error that says how to install it', async () => {
    jest.resetModules();
    jest.doMock('oxigraph', () => {
      throw new Error("Cannot find module 'oxigraph'");
    });
    const { OxigraphStore: Fresh } = await import('../../src/sparql/oxigraph-store');
    const store = new Fresh(); // constructing does not import it yet
    await expect(store.query('ASK {}')).rejects.toThrow(/^OxigraphStore: the optional package "oxigraph" is not installed \(npm install oxigraph\)/);
  });
});
