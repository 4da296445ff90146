/**
 * Property-based tests of the RDF and JSON round trips over whole generated graphs
 * (see `arbitraries.ts`), in both RDF profiles and all three syntaxes, with n3 (the
 * project's own reader) and oxigraph (a second, stricter engine) as judges.
 *
 * Runs: 1000 per property when `CI` is set, 100 otherwise. Each run builds one graph
 * and checks all six format × profile combinations.
 */
import type * as RDFJS from '@rdfjs/types';
import fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as oxigraph from 'oxigraph';
import { GraphError, graphFromJSON, graphToJSON, KnowledgeGraph, loadGraph, parseTimeSpan, RdfError, saveGraph, TimeSpanError, type Source } from '../../src';
import { readRdf, toRdf, type RdfFormat, type RdfProfile } from '../../src/rdf';
import { decimal } from '../../src/rdf/codecs';
import { N3_FORMATS } from '../../src/rdf/format';
import { quadsFromString } from '../../src/rdf/n3';
import { contents } from '../rdf/fixture';
import {
  anyIri,
  buildGraph,
  calendarDay,
  dayString,
  daysIn,
  entity,
  hostileText,
  LANG_STRING,
  nonBlankText,
  recipe,
  RDF_NS,
  source,
  XSD,
  type Recipe,
} from './arbitraries';

const RUNS = process.env.CI ? 1000 : 100;
/** Generous: a failing property shrinks, which re-runs it many times. */
const TIMEOUT = process.env.CI ? 600_000 : 120_000;

const FORMATS: RdfFormat[] = ['turtle', 'trig', 'nquads'];
const PROFILES: RdfProfile[] = ['rdf11', 'rdf12'];
const COMBINATIONS = PROFILES.flatMap((profile) => FORMATS.map((format) => ({ format, profile })));
const MEDIA_TYPES: Record<RdfFormat, string> = { turtle: 'text/turtle', trig: 'application/trig', nquads: 'application/n-quads' };

// ── Helpers ────────────────────────────────────────────────────────────────────────

/** `text` as N-Triples escapes would write it, every character outside printable ASCII as \u / \U. */
function escaped(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f && c !== '"' && c !== '\\' && c !== '>') out += c;
    else out += code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/**
 * A term in N-Quads, every non-ASCII character escaped: a writer so plain that it is
 * obviously right, independent of n3's (whose escaping is what is under test).
 */
function plainTerm(term: RDFJS.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${escaped(term.value)}>`;
    case 'Literal':
      return `"${escaped(term.value)}"${term.language ? `@${term.language}` : `^^<${escaped(term.datatype.value)}>`}`;
    case 'Quad':
      return `<<( ${plainTerm(term.subject)} ${plainTerm(term.predicate)} ${plainTerm(term.object)} )>>`;
    default:
      throw new Error(`unexpected ${term.termType} in claimgraph output`);
  }
}

/**
 * Loads `text` into a fresh oxigraph store (with the format's media type) and dumps
 * it as sorted N-Quads lines: oxigraph's reading of the text, in its own canonical
 * form (a store keeps `"1.0"^^xsd:decimal` as the number 1). Throws when oxigraph
 * refuses the text.
 */
function oxigraphReading(text: string, mediaType: string): string[] {
  const store = new oxigraph.Store();
  try {
    store.load(text, { format: mediaType });
    return store.dump({ format: 'application/n-quads' }).split('\n').filter(Boolean).sort();
  } finally {
    (store as unknown as { free(): void }).free(); // WASM memory is not the garbage collector's to reclaim in time
  }
}

/** n3's reading of `text` (the parser readRdf streams through), put in the same canonical form by way of plain N-Quads. */
function n3Reading(text: string, format: RdfFormat): string[] {
  const quads = quadsFromString(text, { format: N3_FORMATS[format] });
  const plain = quads.map((q) => `${plainTerm(q.subject)} ${plainTerm(q.predicate)} ${plainTerm(q.object)}${q.graph.termType === 'DefaultGraph' ? '' : ` ${plainTerm(q.graph)}`} .\n`);
  return oxigraphReading(plain.join(''), 'application/n-quads');
}

/** The error `promise` rejects with, or `undefined` when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

// ── Counterexamples the properties found (shrunk), kept as examples that always run ──

const BARE_SOURCE: Source = { id: 'urn:claimgraph:doc/', file: '', title: null, outlet: null, url: null, language: '', published: { time: null, basis: 'manifest', note: '' } };
const FOUND: Recipe[] = [
  // The confidence came back as 1.2345678901235e-7: xsd:decimal was written with toFixed(20).
  { sources: [BARE_SOURCE], entities: [{ kind: 'Person', label: '"', aliases: [], sameAs: [], roles: [] }], assertions: [{ subject: 0, predicate: 'meets', object: { kind: 'entity', index: 0 }, source: 0, confidence: 1.2345678901234566e-7 }], merges: [] },
  // The language tag came back as en-us-x-twain: n3 writes tags in lower case.
  {
    sources: [BARE_SOURCE],
    entities: [{ kind: '!', label: '!', aliases: [], sameAs: [], roles: [] }],
    assertions: [{ subject: 0, predicate: 'meets', object: { kind: 'literal', value: '', datatype: LANG_STRING, language: 'en-US-x-twain' }, source: 0 }],
    merges: [],
  },
];

// ── RDF ────────────────────────────────────────────────────────────────────────────

describe('RDF export of any valid graph (both profiles × turtle, trig, nquads)', () => {
  it(
    'never throws, and n3 (readRdf) and oxigraph both parse it and read the same quads',
    async () => {
      await fc.assert(
        fc.asyncProperty(recipe, async (r) => {
          const graph = buildGraph(r);
          for (const { format, profile } of COMBINATIONS) {
            const text = await toRdf(graph, { format, profile });
            await readRdf(text, { format, base: graph.base });
            expect(oxigraphReading(text, MEDIA_TYPES[format])).toEqual(n3Reading(text, format));
            // Split on \n only (literals escape it): /^…/m would also start a line after a U+2028 inside a literal.
            const lines = text.split('\n');
            if (format === 'nquads') expect(lines.filter((line) => /^@?version/i.test(line))).toEqual([]);
            else expect(lines.filter((line) => /^@version "1\.2"/.test(line))).toHaveLength(profile === 'rdf12' ? 1 : 0);
          }
        }),
        { numRuns: RUNS, examples: FOUND.map((r) => [r]) },
      );
    },
    TIMEOUT,
  );

  it(
    'round-trips: readRdf(toRdf(graph)) is the same graph, and exporting it again gives the same bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(recipe, async (r) => {
          const graph = buildGraph(r);
          for (const { format, profile } of COMBINATIONS) {
            const text = await toRdf(graph, { format, profile });
            const imported = await readRdf(text, { format, base: graph.base });
            expect(contents(imported)).toEqual(contents(graph));
            expect(await toRdf(imported, { format, profile })).toBe(text);
          }
        }),
        { numRuns: RUNS, examples: FOUND.map((r) => [r]) },
      );
    },
    TIMEOUT,
  );
});

// ── JSON ───────────────────────────────────────────────────────────────────────────

describe('JSON save/load', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'claimgraph-properties-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(
    'round-trips any valid graph: loadGraph(saveGraph(graph)) is the same graph, and saving it again gives the same bytes',
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(recipe, async (r) => {
          const graph = buildGraph(r);
          const file = join(dir, `graph-${n++}.json`);
          await saveGraph(graph, file);
          const saved = await readFile(file, 'utf8');
          const loaded = await loadGraph(file);
          expect(contents(loaded)).toEqual(contents(graph));
          expect(loaded.base).toBe(graph.base);
          await saveGraph(loaded, file);
          expect(await readFile(file, 'utf8')).toBe(saved);
          await rm(file);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

// ── What the graph refuses ─────────────────────────────────────────────────────────

describe('the graph refuses, with a GraphError, what the model does not allow', () => {
  const blank = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2028', '\ufeff'), { maxLength: 4 }).map((p) => p.join(''));

  it('an entity whose label is empty or white space', () => {
    fc.assert(
      fc.property(entity, blank, (input, label) => {
        const graph = new KnowledgeGraph();
        let error: unknown;
        try {
          graph.addEntity({ ...input, label });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(GraphError);
        expect((error as GraphError).field).toBe('label');
        expect(graph.size.entities).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];

  /** Every string the graph would be handed for `r`: [holder, key] pairs to corrupt. */
  function stringSlots(r: Recipe): [Record<string, unknown>, string][] {
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string') slots.push([value as Record<string, unknown>, key]);
        else walk(v);
      }
    };
    walk(r.sources);
    walk(r.entities);
    if (r.sources.length && r.entities.length) walk(r.assertions);
    return slots;
  }

  it('a lone surrogate in any text or IRI of a source, entity or assertion (RDF and UTF-8 cannot carry one)', () => {
    fc.assert(
      fc.property(recipe, fc.nat(), fc.nat(), fc.constantFrom(...LONE_SURROGATES), (r, slot, at, lone) => {
        const broken = structuredClone(r);
        const slots = stringSlots(broken);
        fc.pre(slots.length > 0);
        const [holder, key] = slots[slot % slots.length]!;
        const text = holder[key] as string;
        const i = at % (text.length + 1);
        holder[key] = text.slice(0, i) + lone + text.slice(i);
        let error: unknown;
        try {
          buildGraph(broken);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(GraphError);
        expect((error as GraphError).message).toMatch(/^KnowledgeGraph\.add(Source|Entity|Assertion): .*lone surrogate/);
        expect((error as GraphError).field).toBeDefined();
      }),
      // Found: the graph took a label "\ud800", and the writer wrote it (n3 read it back as U+FFFD).
      { numRuns: RUNS, examples: [[{ sources: [], entities: [{ kind: '!', label: '\u0000', aliases: [], sameAs: [], roles: [] }], assertions: [], merges: [] }, 0, 0, '\ud800']] },
    );
  });
});

// ── What the writer refuses ────────────────────────────────────────────────────────

/** IRIs no RDF syntax can carry: forbidden characters, no scheme, broken %-escapes, a second `#`. */
const invalidIri = fc.oneof(
  fc
    // Characters no part of an IRI may hold, put anywhere after the scheme (between code points, not inside a surrogate pair).
    .tuple(anyIri, fc.constantFrom(' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\n', '\t', '\u0000', '\u007f', '\ufffe', '\u{1fffe}', '[', '%g', '%4g'), fc.nat())
    .map(([iri, bad, at]) => {
      const chars = [...iri];
      const from = chars.indexOf(':') + 1;
      const i = from + (at % (chars.length - from + 1));
      return [...chars.slice(0, i), bad, ...chars.slice(i)].join('');
    }),
  fc.constantFrom('', 'foo', 'entity/x', '/abs/path', '#frag', '?q', '1urn:x', 'urn:a#b#c', 'http://[x/', 'http://a:b/', 'http://a b/', 'urn:\ue000', 'http://ex.org/%', 'urn:%2', ' urn:x', 'urn:x '),
  hostileText.filter((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s)),
);

const invalidLanguageTag = fc.constantFrom('', 'en US', 'en_US', 'abcdefghi', 'en-', '-en', 'e', '1en', 'en-a', 'en-us-us', 'ab-abc-abc-abc-abc', 'x', 'en-x', 'en-a-b', 'en\n', 'ש', '😀', 'en--ltr', 'en-x-abcdefghi');

type Corruption =
  | { where: 'sourceId' | 'entityId' | 'sameAs' | 'roleOf' | 'datatype' | 'assertionId'; iri: string }
  | { where: 'language'; tag: string }
  | { where: 'taglessLangString' | 'taglessDirLangString' };

/** Values RDF cannot carry: the writer must refuse every one. */
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ where: fc.constantFrom('sourceId', 'entityId', 'sameAs', 'roleOf', 'datatype', 'assertionId'), iri: invalidIri }),
  fc.record({ where: fc.constant('language'), tag: invalidLanguageTag }),
  fc.record({ where: fc.constantFrom('taglessLangString', 'taglessDirLangString') }),
) as fc.Arbitrary<Corruption>;

type Oddity =
  | Corruption
  | { where: 'confidence'; value: number }
  | { where: 'evidence'; start: number; end: number }
  | { where: 'predicate' | 'kind'; name: string }
  | { where: 'taggedString'; tag: string };

/**
 * Values the graph takes although the model does not allow them (a confidence of 2 or
 * NaN, a negative or fractional offset, an empty predicate or kind, a vocabulary class
 * as kind, a language on an xsd:string), and those of {@link corruption}.
 */
const oddity: fc.Arbitrary<Oddity> = fc.oneof(
  corruption,
  fc.record({ where: fc.constant('confidence'), value: fc.constantFrom(NaN, Infinity, -Infinity, -1, 2, -0, 1e21, -5e-324) }),
  fc.record({ where: fc.constant('evidence'), start: fc.constantFrom(-1, 1.5, 2 ** 53, NaN, Infinity, -0), end: fc.integer() }),
  fc.record({ where: fc.constantFrom('predicate', 'kind'), name: fc.constantFrom('', 'Assertion', 'Role', 'Interval', 'Entity', 'Modality', 'DatingBasis', 'Asserted') }),
  fc.record({ where: fc.constant('taggedString'), tag: fc.oneof(fc.constantFrom('en', ''), invalidLanguageTag) }),
) as fc.Arbitrary<Oddity>;

/** `r` plus one source, entity or assertion carrying the corruption. */
function corrupt(r: Recipe, c: Oddity, s: Source): Recipe {
  const out = structuredClone(r);
  out.merges = []; // a merge could drop the corrupted entity
  const addSource = (extra: Partial<Source> = {}) => out.sources.push({ ...s, id: 'urn:claimgraph:doc/corrupt', ...extra });
  const addEntity = (extra: object = {}) => out.entities.push({ kind: 'Person', label: 'Corrupt Entity', ...extra });
  const addAssertion = (extra: object) => {
    addSource();
    addEntity();
    out.assertions.push({ subject: out.entities.length - 1, predicate: 'meets', source: out.sources.length - 1, object: { kind: 'entity', index: out.entities.length - 1 }, ...extra });
  };
  switch (c.where) {
    case 'sourceId':
      addSource({ id: c.iri });
      break;
    case 'entityId':
      addEntity({ id: c.iri });
      break;
    case 'sameAs':
      addEntity({ sameAs: [c.iri] });
      break;
    case 'roleOf':
      addEntity({ roles: [{ title: 'Minister', of: c.iri, term: null }] });
      break;
    case 'datatype':
      addAssertion({ object: { kind: 'literal', value: 'x', datatype: c.iri } });
      break;
    case 'assertionId':
      addAssertion({ id: c.iri });
      break;
    case 'language':
      addAssertion({ object: { kind: 'literal', value: 'x', datatype: LANG_STRING, language: c.tag } });
      break;
    case 'taglessLangString':
      addAssertion({ object: { kind: 'literal', value: 'x', datatype: LANG_STRING } });
      break;
    case 'taglessDirLangString':
      addAssertion({ object: { kind: 'literal', value: 'x', datatype: `${RDF_NS}dirLangString` } });
      break;
    case 'confidence':
      addAssertion({ confidence: c.value });
      break;
    case 'evidence':
      addAssertion({ evidence: { start: c.start, end: c.end, text: 'x' } });
      break;
    case 'predicate':
      addAssertion({ predicate: c.name });
      break;
    case 'kind':
      addEntity({ kind: c.name });
      break;
    case 'taggedString':
      addAssertion({ object: { kind: 'literal', value: 'x', datatype: `${XSD}string`, language: c.tag } });
      break;
  }
  return out;
}

/** The graph of a recipe, or the `GraphError` with which the graph refused it (any other error fails the test). */
function buildOrRefuse(r: Recipe): KnowledgeGraph | GraphError {
  try {
    return buildGraph(r);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    return error as GraphError;
  }
}

describe('the writer refuses, with an RdfError, what it cannot write as valid RDF', () => {
  it(
    'an invalid IRI anywhere, an invalid language tag, a language string without a tag: refused, in every format and profile',
    async () => {
      await fc.assert(
        fc.asyncProperty(recipe, corruption, source, async (r, c, s) => {
          // the graph checks no IRI syntax, only that an id or datatype is not empty (which it refuses itself)
          const graph = buildOrRefuse(corrupt(r, c, s));
          if (graph instanceof GraphError) {
            expect(graph.message).toMatch(/is empty$/);
            return;
          }
          for (const { format, profile } of COMBINATIONS) {
            const error = await rejection(toRdf(graph, { format, profile }));
            expect(error).toBeInstanceOf(RdfError);
            expect((error as RdfError).message).toMatch(/^toQuads: /);
          }
        }),
        {
          numRuns: RUNS,
          examples: [
            // Found: written as <http: //www.wikidata.org/entity/>, which neither n3 nor oxigraph reads.
            [{ sources: [], entities: [], assertions: [], merges: [] }, { where: 'sourceId', iri: 'http: //www.wikidata.org/entity/' }, BARE_SOURCE],
            // Found: n3 turns an empty datatype into xsd:string, silently (the graph now refuses it first).
            [{ sources: [], entities: [], assertions: [], merges: [] }, { where: 'datatype', iri: '' }, BARE_SOURCE],
          ],
        },
      );
    },
    TIMEOUT,
  );

  it(
    'values the model does not allow are refused by the graph, or refused by the writer, or written as RDF both engines read and JSON that loads back',
    async () => {
      await fc.assert(
        fc.asyncProperty(recipe, oddity, source, async (r, c, s) => {
          const graph = buildOrRefuse(corrupt(r, c, s));
          if (graph instanceof GraphError) return;
          const saved = graphToJSON(graph);
          expect(contents(graphFromJSON(JSON.parse(JSON.stringify(saved))))).toEqual(contents(graph));
          for (const { format, profile } of COMBINATIONS) {
            const text = await toRdf(graph, { format, profile }).catch((error: unknown) => {
              expect(error).toBeInstanceOf(RdfError);
              return undefined;
            });
            if (text === undefined) continue;
            expect(oxigraphReading(text, MEDIA_TYPES[format])).toEqual(n3Reading(text, format));
            expect((await readRdf(text, { format, base: graph.base })).size).toEqual(graph.size);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  /** Strings over the characters that matter to IRI syntax, to probe the writer's IRI check. */
  const iriLike = fc.oneof(
    anyIri,
    invalidIri,
    fc
      .tuple(
        fc.constantFrom('http://', 'urn:', 'https://', 'x:', 'mailto:', 'http://[', 'http://a@', 'http://a:'),
        fc.string({ unit: fc.constantFrom(...'aZ09-._~!$&\'()*+,;=:@/?#[]%Ff ש😀\u00a0\ue000\ufffe\u{f0000}\u{1fffd}\u{e1000}v'), maxLength: 12 }),
      )
      .map(([a, b]) => a + b),
  );

  it(
    'writes an IRI exactly when oxigraph accepts it, and what it writes round-trips',
    async () => {
      await fc.assert(
        fc.asyncProperty(iriLike, async (iri) => {
          const graph = new KnowledgeGraph();
          graph.addEntity({ kind: 'Person', label: 'X', sameAs: [iri] });
          let oxigraphAccepts = true;
          try {
            oxigraphReading(`<urn:s> <urn:p> <${iri}> .\n`, MEDIA_TYPES.nquads);
          } catch {
            oxigraphAccepts = false;
          }
          for (const { format, profile } of COMBINATIONS) {
            const written = await toRdf(graph, { format, profile }).catch((error: unknown) => {
              expect(error).toBeInstanceOf(RdfError);
              return undefined;
            });
            expect({ iri, written: written !== undefined }).toEqual({ iri, written: oxigraphAccepts });
            if (written === undefined) continue;
            expect(oxigraphReading(written, MEDIA_TYPES[format])).toEqual(n3Reading(written, format));
            expect(contents(await readRdf(written, { format }))).toEqual(contents(graph));
          }
        }),
        { numRuns: RUNS, examples: [['http: //www.wikidata.org/entity/'], ['http://[::1]:8080/ש?\ue000#x'], ['urn:a%zz']] },
      );
    },
    TIMEOUT,
  );
});

// ── Numbers ────────────────────────────────────────────────────────────────────────

describe('xsd:decimal (confidence)', () => {
  it('writes any finite number in plain decimal notation that reads back as the same number', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(1e21, -1e21, 1.7976931348623157e308, 5e-324, -5e-324, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1.2345678901234566e-7, 0.1, 123.456),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        const term = decimal.write(n);
        expect(term.value).toMatch(/^-?[0-9]+\.[0-9]+$/);
        expect(decimal.read(term)).toBe(n + 0); // -0 is written as 0.0: RDF and JSON have no negative zero
      }),
      { numRuns: RUNS },
    );
  });
});

// ── Calendar edges ─────────────────────────────────────────────────────────────────

describe('time spans at the edges of the calendar (0001–9999, leap days)', () => {
  it('a day, its month and its year parse with the right bounds', () => {
    fc.assert(
      fc.property(calendarDay, ([y, m, d]) => {
        const day = dayString([y, m, d]);
        expect(parseTimeSpan(day)).toMatchObject({ value: day, granularity: 'day', earliest: day, latest: day });
        const month = day.slice(0, 7);
        expect(parseTimeSpan(month)).toMatchObject({ granularity: 'month', earliest: `${month}-01`, latest: `${month}-${daysIn(y, m)}` });
        expect(parseTimeSpan(day.slice(0, 4))).toMatchObject({ granularity: 'year', earliest: `${day.slice(0, 4)}-01-01`, latest: `${day.slice(0, 4)}-12-31` });
      }),
      { numRuns: RUNS },
    );
  });

  it('a day past the end of its month, month 00 or 13, day 00 and year 0000 are TimeSpanErrors', () => {
    fc.assert(
      fc.property(calendarDay, fc.constantFrom('pastEnd', 'month00', 'month13', 'day00', 'year0000'), ([y, m, d], how) => {
        const bad = {
          pastEnd: dayString([y, m, daysIn(y, m) + 1]),
          month00: `${dayString([y, m, d]).slice(0, 4)}-00`,
          month13: `${dayString([y, m, d]).slice(0, 4)}-13`,
          day00: `${dayString([y, m, d]).slice(0, 7)}-00`,
          year0000: `0000${dayString([y, m, d]).slice(4)}`,
        }[how];
        expect(() => parseTimeSpan(bad)).toThrow(TimeSpanError);
      }),
      { numRuns: RUNS },
    );
  });

  it('an interval that ends before it starts is a TimeSpanError; one in order is not', () => {
    fc.assert(
      fc.property(calendarDay, calendarDay, (a, b) => {
        const [first, last] = [dayString(a), dayString(b)].sort() as [string, string];
        expect(parseTimeSpan(`${first}/${last}`)).toMatchObject({ earliest: first, latest: last, granularity: 'interval' });
        if (first !== last) expect(() => parseTimeSpan(`${last}/${first}`)).toThrow(TimeSpanError);
      }),
      { numRuns: RUNS },
    );
  });
});

// Keep the arbitraries honest: they must produce the hostile values the properties are about.
describe('the arbitraries', () => {
  it('produce hostile text, every object kind, language tags, open intervals and big graphs', () => {
    const texts = fc.sample(hostileText, { numRuns: 2000, seed: 42 });
    for (const pattern of [/"/, /\\/, /\n/, /\t/, /[<>{]/, / /, /[\u0590-\u05ff]/, /[\u0600-\u06ff]/, /[\u{10000}-\u{10ffff}]/u, /\p{M}/u]) {
      expect(texts.some((t) => pattern.test(t))).toBe(true);
    }
    expect(texts).toContain('');
    expect(fc.sample(nonBlankText, { numRuns: 500, seed: 1 }).every((t) => t.trim() !== '')).toBe(true);
    const graphs = fc.sample(recipe, { numRuns: 300, seed: 7 }).map(buildGraph);
    const assertions = graphs.flatMap((g) => g.assertions());
    expect(Math.max(...graphs.map((g) => g.size.entities))).toBeGreaterThanOrEqual(5);
    expect(assertions.some((a) => a.object.kind === 'entity')).toBe(true);
    for (const datatype of [`${XSD}integer`, `${XSD}decimal`, LANG_STRING, `${XSD}string`, `${XSD}date`]) {
      expect(assertions.some((a) => a.object.kind === 'literal' && a.object.datatype === datatype)).toBe(true);
    }
    expect(assertions.some((a) => a.object.kind === 'literal' && a.object.qualifier)).toBe(true);
    expect(assertions.some((a) => a.valid?.earliest === null)).toBe(true);
    expect(assertions.some((a) => a.valid?.latest === null)).toBe(true);
    expect(assertions.some((a) => a.attributedTo !== null && a.evidence !== null)).toBe(true);
    expect(graphs.some((g) => g.entities().some((e) => e.roles.some((r) => r.qualifier !== null)))).toBe(true);
  });
});
