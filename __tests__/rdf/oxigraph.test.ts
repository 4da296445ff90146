import * as oxigraph from 'oxigraph';
import { toRdf, type RdfFormat, type RdfProfile } from '../../src/rdf';
import { richGraph } from './fixture';

const MEDIA_TYPES: Record<RdfFormat, string> = { turtle: 'text/turtle', trig: 'application/trig', nquads: 'application/n-quads' };
const PREFIXES = `PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;

async function load(format: RdfFormat, profile: RdfProfile): Promise<oxigraph.Store> {
  const store = new oxigraph.Store();
  store.load(await toRdf(richGraph(), { format, profile }), { format: MEDIA_TYPES[format] });
  return store;
}

/** The single number a `SELECT (COUNT(…) AS ?n)` query returns; the union default graph sees named graphs too. */
function count(store: oxigraph.Store, where: string): number {
  const rows = store.query(`${PREFIXES}SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ${where} }`, { use_default_graph_as_union: true });
  return Number((rows as Map<string, oxigraph.Term>[])[0]?.get('n')?.value);
}

const EXPECTED = richGraph().size.assertions;

describe.each(['turtle', 'trig', 'nquads'] as const)('oxigraph reads %s', (format) => {
  it('in the RDF 1.1 profile, and SPARQL counts the assertions', async () => {
    const store = await load(format, 'rdf11');
    expect(count(store, '?a a cg:Assertion; rdf:subject ?s; rdf:predicate ?p; rdf:object ?o')).toBe(EXPECTED);
  });

  it('in the RDF 1.2 profile, and SPARQL 1.2 matches the triple terms', async () => {
    const store = await load(format, 'rdf12');
    expect(count(store, '?a a cg:Assertion; rdf:reifies <<( ?s ?p ?o )>>')).toBe(EXPECTED);
    expect(count(store, '?a rdf:reifies <<( ?s cg:kills ?o )>> . FILTER(isLiteral(?o))')).toBe(2);
  });
});

it('answers a valid-time range question with the derived bounds', async () => {
  const store = await load('trig', 'rdf11');
  // Claims whose valid time may overlap March 2024: earliest ≤ end, latest ≥ start (open ends count).
  const overlapping = count(
    store,
    `?a cg:valid ?v .
     OPTIONAL { ?a cg:validEarliest ?e } OPTIONAL { ?a cg:validLatest ?l }
     FILTER((!BOUND(?e) || ?e <= "2024-03-31"^^xsd:date) && (!BOUND(?l) || ?l >= "2024-03-01"^^xsd:date))`,
  );
  // phoneCall 2024-03-25, kills 2024-03, demands 2024, fightsIn 2022-02/..
  expect(overlapping).toBe(4);
});

it('keeps documents in the default graph and assertions in their named graphs', async () => {
  const store = await load('nquads', 'rdf11');
  const rows = store.query(`${PREFIXES}SELECT ?g (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a prov:wasDerivedFrom ?g } } GROUP BY ?g ORDER BY ?g`) as Map<string, oxigraph.Term>[];
  expect(rows.map((r) => [r.get('g')?.value, Number(r.get('n')?.value)])).toEqual([
    ['urn:claimgraph:doc/000_a', 5],
    ['urn:claimgraph:doc/001_b%20b', 3],
  ]);
});
