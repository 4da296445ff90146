/**
 * The dedicated writer (`TextWriter`, driven by `writeRdf` / `toRdf`) against n3's
 * Writer: the same bytes for any quads, and for any graph the same bytes as n3 writing
 * `toQuads`, which is what the export wrote before it had its own writer.
 */
import type * as RDFJS from '@rdfjs/types';
import fc from 'fast-check';
import { KnowledgeGraph, parseTimeSpan } from '../../src';
import { toQuads, toRdf, type RdfFormat, type RdfProfile } from '../../src/rdf';
import { factory, quadsFromString, quadsToString, type N3Format } from '../../src/rdf/n3';
import { sortQuads } from '../../src/rdf/order';
import { quadsText } from '../../src/rdf/serialize';
import { literal, namedNode, toN3Term, triple } from '../../src/rdf/terms';
import { TextWriter } from '../../src/rdf/text-writer';
import { defaultPrefixes } from '../../src/rdf/write';
import { buildGraph, recipe } from '../reliability/arbitraries';
import { richGraph } from './fixture';

const RUNS = process.env.CI ? 1000 : 200;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

// ── Arbitrary quads ─────────────────────────────────────────────────────────────────

const NAMESPACES = ['http://example.org/', 'http://example.org/ns#', 'urn:x:', XSD, RDF, 'https://w3id.org/claimgraph/ns#', 'ex:', 'cg:'];
/** Pieces of IRIs and literals that n3 escapes, compacts or refuses to compact. */
const PIECES = ['a', 'Z', '0', '_', '-', '.', 'x.y', '%20', '%zz', ':', '/', '#', '~', 'é', 'ß', '😀', '𝔸', '"', '\\', ' ', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u0001', '\u0019', '\u001a', '\u001f', '\u007f', '\u00b7', '\ufffe', '\uffff', '\ud800', '\udc00', 'type'];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((p) => p.join(''));
const text = fc.oneof(piecesText, fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('true', 'false', 'TRUE', '1', '+5', '-0', '5.', '.5', '1.5', '1e5', '1.5E-3', 'INF', ''));
const iri = fc.oneof(fc.tuple(fc.constantFrom(...NAMESPACES), piecesText).map(([ns, local]) => ns + local), fc.constantFrom(`${RDF}type`, `${XSD}string`)).filter((s) => s !== '');
const datatype = fc.oneof(fc.constantFrom(...['string', 'boolean', 'integer', 'decimal', 'double', 'date'].map((t) => XSD + t)), iri);
const language = fc.constantFrom('en', 'EN-us', 'fr-CA', 'x-private', 'zh-Hant-TW');

const literalTerm: fc.Arbitrary<RDFJS.Literal> = fc.oneof(
  fc.tuple(text, datatype).map(([value, dt]) => factory.literal(value, factory.namedNode(dt))),
  fc.tuple(text, language).map(([value, lang]) => factory.literal(value, lang)),
  fc.tuple(text, language, fc.constantFrom('ltr', 'rtl')).map(([value, lang, direction]) => factory.literal(value, { language: lang, direction } as never)),
);
const tripleTerm: fc.Arbitrary<RDFJS.Quad> = fc
  .tuple(iri, iri, fc.oneof(iri.map((i) => factory.namedNode(i)), literalTerm))
  .map(([s, p, o]) => factory.quad(factory.namedNode(s), factory.namedNode(p), o));
const object: fc.Arbitrary<RDFJS.Quad_Object> = fc.oneof(iri.map((i) => factory.namedNode(i)), literalTerm, tripleTerm);

/** Quads with few subjects, predicates and graphs, so that runs of each (`;`, `,`, graph blocks) are common. */
const quads: fc.Arbitrary<RDFJS.Quad[]> = fc
  .tuple(fc.array(iri, { minLength: 1, maxLength: 3 }), fc.array(iri, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(fc.constant(''), iri), { minLength: 1, maxLength: 3 }))
  .chain(([subjects, predicates, graphs]) =>
    fc.array(
      fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...predicates, `${RDF}type`), object, fc.constantFrom(...graphs)).map(([s, p, o, g]) =>
        factory.quad(factory.namedNode(s), factory.namedNode(p), o, g ? factory.namedNode(g) : factory.defaultGraph()),
      ),
      { maxLength: 12 },
    ),
  );

/** Prefix maps as users give them: namespaces that IRIs start with, a number as a name, a namespace under two names. */
const prefixes = fc.dictionary(fc.constantFrom('ex', 'ns', 'x', '1', 'cg', 'xsd', 'rdf', 'a.b', 'ex2'), fc.constantFrom(...NAMESPACES, 'http://example.org/ns'), { maxKeys: 5 });

function written(writer: TextWriter, input: readonly RDFJS.Quad[]): string {
  let out = writer.start();
  for (const q of input) out += writer.quad(q.graph.termType === 'DefaultGraph' ? '' : q.graph.value, q.subject.value, q.predicate.value, q.object);
  return out + writer.end();
}

describe('TextWriter', () => {
  it.each<N3Format>(['Turtle', 'TriG', 'N-Quads'])('writes what n3 writes, in %s', (format) => {
    fc.assert(
      fc.property(quads, prefixes, fc.boolean(), (input, names, versioned) => {
        const options = { format, prefixes: names, ...(versioned && { version: '1.2' }) };
        expect(written(new TextWriter(options), input)).toBe(quadsToString(input, options));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads claimgraph terms as n3 terms', () => {
    const options = { format: 'Turtle' as const, prefixes: { xsd: XSD, ex: 'http://example.org/' } };
    const ours = [
      literal('a "b"\n', 'EN-GB'),
      literal('42', namedNode(`${XSD}integer`)),
      literal('x', namedNode(`${XSD}string`)),
      triple(namedNode('http://example.org/s'), namedNode(`${RDF}type`), literal('1.5', namedNode(`${XSD}decimal`))),
    ];
    const asQuads = (terms: RDFJS.Quad_Object[]) => terms.map((o) => factory.quad(factory.namedNode('http://example.org/s'), factory.namedNode('http://example.org/p'), o));
    expect(written(new TextWriter(options), asQuads(ours))).toBe(quadsToString(asQuads(ours.map(toN3Term)), options));
  });

  it('closes the open statement and graph block at the end, and writes nothing more after', () => {
    const writer = new TextWriter({ format: 'TriG' });
    const o = factory.namedNode('urn:o');
    expect(writer.start() + writer.quad('urn:g', 'urn:s', 'urn:p', o) + writer.quad('urn:g', 'urn:s', 'urn:p', o)).toBe('<urn:g> {\n<urn:s> <urn:p> <urn:o>, <urn:o>');
    expect(writer.end()).toBe('\n}\n');
    expect(writer.end()).toBe('');
  });
});

// ── Whole graphs ────────────────────────────────────────────────────────────────────

const COMBINATIONS: Array<[RdfFormat, RdfProfile]> = [
  ['turtle', 'rdf11'],
  ['turtle', 'rdf12'],
  ['trig', 'rdf11'],
  ['trig', 'rdf12'],
  ['nquads', 'rdf11'],
  ['nquads', 'rdf12'],
];

/** What the export wrote before it had its own writer: n3's writer over `toQuads`. */
function throughN3(graph: KnowledgeGraph, format: RdfFormat, profile: RdfProfile, extra: Record<string, string> = {}): string {
  const quads = toQuads(graph, { profile, namedGraphs: format !== 'turtle' });
  return quadsText(quads, { format, prefixes: { ...defaultPrefixes(graph.base), ...extra }, ...(profile === 'rdf12' && { version: '1.2' }) });
}

/** IRIs that do and do not compact (a dot at the end, `%`, non-ASCII, a scheme that looks like a prefix), hostile literals. */
function awkwardGraph(): KnowledgeGraph {
  const kg = new KnowledgeGraph({ base: 'http://example.org/kg/' });
  const sources = ['http://example.org/kg/doc/a', 'urn:other:doc/b.', 'wd:Q9'];
  for (const id of sources) kg.addSource({ id, file: 'f "x"\n', title: 'T\u0001\u001a\t😀\\', outlet: null, url: null, language: 'en', published: { time: null, basis: 'unknown', note: 'n' } });
  const ids = ['http://example.org/kg/entity/x', 'http://example.org/kg/entity/x.y', 'http://example.org/kg/entity/é', 'http://example.org/kg/entity/😀', 'cg:Person', 'urn:x:a/b', 'http://www.wikidata.org/entity/Q5'];
  for (const id of ids) kg.addEntity({ id, kind: 'Person', label: `L "${id}"`, aliases: ['a\nb', '𝔸'], sameAs: ['urn:y'], roles: [{ title: 'T', of: null, term: parseTimeSpan('2020/..') }] });
  const objects = [
    { value: 'x "y" \\ z\n\r\t', datatype: `${XSD}string` },
    { value: 'TRUE', datatype: `${XSD}boolean` },
    { value: '5.', datatype: `${XSD}decimal` },
    { value: '1.5E-3', datatype: `${XSD}double` },
    { value: 'v', datatype: 'http://example.org/kg/entity/dt' },
    { value: 'Bonjour 😀', datatype: `${RDF}langString`, language: 'fr-ca' },
  ];
  ids.forEach((subject, i) =>
    objects.forEach((o, j) =>
      kg.addAssertion({ subject, predicate: 'kills', object: { kind: 'literal', ...o, ...(j === 2 && { qualifier: 'atLeast' }) }, source: sources[(i + j) % 3]!, attributedTo: ids[(i + j) % ids.length]!, valid: j % 2 ? parseTimeSpan('2024-03') : null }),
    ),
  );
  return kg;
}

describe('writeRdf and toRdf', () => {
  it.each(COMBINATIONS)('write what n3 writes for toQuads (%s, %s)', async (format, profile) => {
    for (const graph of [richGraph(), awkwardGraph(), new KnowledgeGraph()]) {
      expect(await toRdf(graph, { format, profile })).toBe(throughN3(graph, format, profile));
      const extra = { ex: 'http://example.org/', e: 'http://example.org/kg/entity/', '1': 'urn:x:' };
      expect(await toRdf(graph, { format, profile, prefixes: extra })).toBe(throughN3(graph, format, profile, extra));
    }
  });

  it('write what n3 writes for toQuads, for any graph', async () => {
    await fc.assert(
      fc.asyncProperty(recipe, async (r) => {
        const graph = buildGraph(r);
        for (const [format, profile] of COMBINATIONS) expect(await toRdf(graph, { format, profile })).toBe(throughN3(graph, format, profile));
      }),
      { numRuns: process.env.CI ? 300 : 50 },
    );
  }, 120_000);
});

describe('toQuads', () => {
  it.each([true, false])('gives the quads in canonical order, without duplicates (named graphs: %s)', (namedGraphs) => {
    for (const graph of [richGraph(), awkwardGraph()]) {
      const quads = [...toQuads(graph, { namedGraphs })];
      expect(quads).toEqual(sortQuads(quads));
    }
  });

  it("gives n3's own terms, as n3 reads them back", async () => {
    for (const profile of ['rdf11', 'rdf12'] as const) {
      const graph = awkwardGraph();
      expect([...toQuads(graph, { profile })]).toEqual(quadsFromString(await toRdf(graph, { format: 'nquads', profile }), { format: 'N-Quads' }));
    }
  });
});
