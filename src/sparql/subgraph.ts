/**
 * The part of a store's graph that answers are made of: some assertions with their
 * sources and the entities they name (with their roles), read back into a
 * {@link KnowledgeGraph} by the RDF mapping, so that answers carry the same
 * `Assertion` objects as the in-memory helpers.
 */
import type * as RDFJS from '@rdfjs/types';
import { KnowledgeGraph } from '../graph/knowledge-graph';
import { QuadIndex } from '../rdf/from-quads';
import { factory } from '../rdf/n3';
import { cg, PROV, RDF } from '../rdf/namespaces';
import type { SparqlStore } from './store';
import { from, iri, PREFIXES } from './syntax';

/** Options for {@link fetchSubgraph}. */
export interface SubgraphOptions {
  /** Read only this named graph (default: the store's default graph). */
  graph?: string;
  /** Base IRI of the returned graph, for the IRIs it mints (contradiction records). */
  base?: string;
  /** Further entities to describe (e.g. the entity of a timeline). */
  entities?: Iterable<string>;
}

/** IRIs per query: VALUES blocks stay small enough for every server. */
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Every `?s ?p ?o` of the nodes (and, with `roles`, of the role nodes they link to). */
async function describe(store: SparqlStore, nodes: readonly string[], graph: string | undefined, roles: boolean): Promise<RDFJS.Quad[]> {
  const quads: RDFJS.Quad[] = [];
  for (const chunk of chunks(nodes)) {
    const values = `VALUES ?n { ${chunk.map(iri).join(' ')} }`;
    const where = roles ? `{ ${values} ?n ?p ?o BIND(?n AS ?s) } UNION { ${values} ?n cg:role ?s . ?s ?p ?o }` : `${values} ?n ?p ?o BIND(?n AS ?s)`;
    const rows = await store.query(`${PREFIXES}SELECT DISTINCT ?s ?p ?o\n${from(graph)}WHERE { ${where} }`);
    for (const { s, p, o } of rows) {
      if (s?.termType === 'NamedNode' && p?.termType === 'NamedNode' && o) quads.push(factory.quad(s, p, o));
    }
  }
  return quads;
}

/** The IRI objects of `predicates` among the quads. */
function linked(quads: readonly RDFJS.Quad[], predicates: readonly string[]): string[] {
  return quads.filter((q) => predicates.includes(q.predicate.value) && q.object.termType === 'NamedNode').map((q) => q.object.value);
}

/**
 * The assertions, their sources and the entities they name (subject, entity object,
 * speaker, and `options.entities`), with the entities' roles and the entities those
 * roles belong to (for their labels), as a graph. Assertions the store does not hold
 * are not in it.
 *
 * @example
 * const graph = await fetchSubgraph(store, ['urn:claimgraph:assertion/9c01c549446de91e']);
 * graph.assertion('urn:claimgraph:assertion/9c01c549446de91e')?.evidence?.text;
 * @throws {RdfError} when the store holds data that is not a valid claimgraph graph.
 */
export async function fetchSubgraph(store: SparqlStore, assertions: Iterable<string>, options: SubgraphOptions = {}): Promise<KnowledgeGraph> {
  const index = new QuadIndex();
  const claims = await describe(store, [...new Set(assertions)].sort(), options.graph, false);
  const nodes = new Set([...(options.entities ?? []), ...linked(claims, [RDF.subject, RDF.object, PROV.wasAttributedTo, PROV.wasDerivedFrom])]);
  const described = await describe(store, [...nodes].sort(), options.graph, true);
  const owners = new Set(linked(described, [cg('roleOf')]).filter((iri) => !nodes.has(iri)));
  for (const quad of [...claims, ...described, ...(await describe(store, [...owners].sort(), options.graph, true))]) index.add(quad);
  return index.build({ ...(options.base !== undefined && { base: options.base }) }, 'fetchSubgraph').graph;
}
