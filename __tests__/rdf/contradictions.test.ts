import type * as RDFJS from '@rdfjs/types';
import * as oxigraph from 'oxigraph';
import { RdfError } from '../../src/errors';
import { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import type { Role } from '../../src/model/entity';
import { documentIri, entityIri } from '../../src/model/iri';
import { contradictions, type Contradiction } from '../../src/query/contradictions';
import { CG_NS, contradictionQuads, contradictionsRdf, defaultPrefixes, importRdf, toQuads, toRdf, vocabularyQuads } from '../../src/rdf';
import { roleIri } from '../../src/rdf/mapping';
import { quadsFromString } from '../../src/rdf/n3';
import { parseTimeSpan } from '../../src/time/timespan';

const CG = (local: string) => CG_NS + local;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Two sources: one calls Trump a former President while in office, the other calls him President; they also disagree on a veto. */
function graph(): KnowledgeGraph {
  const kg = new KnowledgeGraph();
  for (const [name, published] of [['002_x', '2025-12-15/2025-12-31'], ['004_y', '2025-11-16/2025-11-17']] as const) {
    kg.addSource({ id: documentIri(name), file: `corpus/${name}.txt`, title: null, outlet: null, url: null, language: 'en', published: { time: parseTimeSpan(published), basis: 'manifest', note: '' } });
  }
  const usa = kg.addEntity({ kind: 'Country', label: 'United States' });
  const president: Role = { title: 'President', of: usa.id, term: parseTimeSpan('2025-01-20/..') };
  const trump = kg.addEntity({ kind: 'Person', label: 'Donald Trump', roles: [president] });
  const russia = kg.addEntity({ kind: 'Country', label: 'Russia' });
  const title = { kind: 'literal', value: 'President', datatype: XSD_STRING } as const;
  const evidence = (text: string) => ({ start: 0, end: text.length, text });
  kg.addAssertion({ subject: trump.id, predicate: 'holdsOffice', object: title, source: documentIri('002_x'), valid: parseTimeSpan('2025-12-15/2025-12-31'), polarity: 'denied', evidence: evidence('former President Donald Trump') });
  kg.addAssertion({ subject: trump.id, predicate: 'holdsOffice', object: title, source: documentIri('004_y'), valid: parseTimeSpan('2025-11-16/2025-11-17'), evidence: evidence('President Trump') });
  kg.addAssertion({ subject: russia.id, predicate: 'vetoes', object: { kind: 'entity', id: usa.id }, source: documentIri('002_x'), valid: parseTimeSpan('2025-11'), evidence: evidence('Russia vetoed "the US draft"\nagain') });
  kg.addAssertion({ subject: russia.id, predicate: 'vetoes', object: { kind: 'entity', id: usa.id }, source: documentIri('004_y'), valid: parseTimeSpan('2025-11'), polarity: 'denied' });
  return kg;
}

const objectsOf = (quads: RDFJS.Quad[], subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();

describe('contradictionQuads', () => {
  const kg = graph();
  const found = contradictions(kg);

  it('writes each record as a cg:Contradiction node that parses back with n3', () => {
    expect(found.map((c) => c.kind)).toEqual(['polarity', 'anachronism']);
    const quads = quadsFromString(contradictionsRdf(found, { prefixes: defaultPrefixes(kg.base) }), { format: 'Turtle' });
    for (const c of found) {
      expect(objectsOf(quads, c.id, RDF_TYPE)).toEqual([CG('Contradiction')]);
      expect(objectsOf(quads, c.id, CG('involves'))).toEqual([...c.assertions].sort());
      expect(objectsOf(quads, c.id, CG('explanation'))).toEqual([c.explanation]);
      expect(objectsOf(quads, c.id, CG('severity'))).toEqual([CG('Hard')]);
    }
    const [polarity, anachronism] = found as [Contradiction, Contradiction];
    expect(objectsOf(quads, polarity.id, CG('contradictionKind'))).toEqual([CG('PolarityContradiction')]);
    expect(objectsOf(quads, anachronism.id, CG('contradictionKind'))).toEqual([CG('Anachronism')]);
    expect(objectsOf(quads, polarity.id, CG('reference'))).toEqual([]);
  });

  it('links the assertion and role nodes the graph export writes', () => {
    const graphQuads = [...toQuads(kg, { namedGraphs: false })];
    const assertionNodes = new Set(graphQuads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === CG('Assertion')).map((q) => q.subject.value));
    const roleNodes = new Set(graphQuads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === CG('Role')).map((q) => q.subject.value));
    const quads = contradictionQuads(found);
    expect(objectsOf(quads, found[1]!.id, CG('reference'))).toEqual([roleIri(kg.entity(entityIri('Donald Trump'))!, found[1]!.reference!.role)]);
    for (const q of quads) {
      if (q.predicate.value === CG('involves')) expect(assertionNodes).toContain(q.object.value);
      if (q.predicate.value === CG('reference')) expect(roleNodes).toContain(q.object.value);
    }
  });

  it('uses only declared cg: terms', () => {
    const declared = new Set(vocabularyQuads().map((q) => q.subject.value));
    const used = contradictionQuads(found)
      .flatMap((q) => [q.predicate.value, q.object.value])
      .filter((iri) => iri.startsWith(CG_NS));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((iri) => !declared.has(iri))).toEqual([]);
  });

  it('is sorted and stable, and puts the records in a named graph on request', () => {
    expect(contradictionsRdf([...found].reverse())).toBe(contradictionsRdf(found));
    const named = contradictionQuads(found, { graph: 'urn:claimgraph:contradictions' });
    expect(new Set(named.map((q) => q.graph.value))).toEqual(new Set(['urn:claimgraph:contradictions']));
    expect(contradictionsRdf(found, { format: 'nquads' }).split('\n').filter(Boolean)).toHaveLength(named.length);
  });

  it('refuses an IRI that is not absolute', () => {
    expect(() => contradictionQuads([{ ...found[0]!, assertions: ['not an iri'] }])).toThrow(RdfError);
  });

  it('loads into oxigraph beside the graph, and SPARQL finds who is involved', async () => {
    const store = new oxigraph.Store();
    store.load(await toRdf(kg), { format: 'text/turtle' });
    store.load(contradictionsRdf(found), { format: 'text/turtle' });
    const rows = store.query(
      `PREFIX cg: <${CG_NS}> PREFIX prov: <http://www.w3.org/ns/prov#>
       SELECT ?kind (COUNT(DISTINCT ?doc) AS ?docs) WHERE { ?c a cg:Contradiction; cg:contradictionKind ?kind; cg:involves ?a . ?a prov:wasDerivedFrom ?doc }
       GROUP BY ?kind ORDER BY ?kind`,
    ) as Map<string, oxigraph.Term>[];
    expect(rows.map((r) => [r.get('kind')?.value, Number(r.get('docs')?.value)])).toEqual([
      [CG('Anachronism'), 2],
      [CG('PolarityContradiction'), 2],
    ]);
  });

  it('leaves the graph importable from the same file', async () => {
    const text = (await toRdf(kg)) + contradictionsRdf(found);
    const { graph: back } = await importRdf(text, { format: 'turtle' });
    expect(back.size).toEqual(kg.size);
  });
});
