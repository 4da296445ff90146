import { SparqlError } from '../errors';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { toQuads } from '../rdf/to-quads';
import type { SparqlLoadResult, SparqlStore } from './store';

/** Options for {@link pushGraph}. */
export interface PushOptions {
  /**
   * Load everything into this named graph (then query with the same `graph`). Without
   * it, each document's assertions go to the document's own named graph and the rest to
   * the default graph, as in TriG — which needs a store whose queries see all graphs
   * (oxigraph here does; Virtuoso does; Virtuoso has no default graph to write to).
   */
  graph?: string;
  /**
   * Remove the triples of `graph` first (`clear`), so that a changed corpus replaces the
   * old one. Needs `graph`: the whole store is never cleared for you.
   */
  replace?: boolean;
}

/**
 * Loads a graph into a SPARQL store in the RDF 1.1 profile (a node per assertion with
 * `rdf:subject` / `rdf:predicate` / `rdf:object`), the profile every SPARQL 1.1 store
 * reads and the one the SPARQL helpers query. Quads are made as they are sent, in
 * batches (`toQuads` is lazy), so a large graph is never held as text.
 *
 * @example
 * const store = new OxigraphStore();
 * await pushGraph(store, buildGraph((await loadCorpus('examples/corpus')).documents));
 * await pushGraph(endpoint, graph, { graph: 'urn:claimgraph:news', replace: true });
 * @throws {SparqlError} when the store refuses the data or cannot be reached, or for
 *   `replace` without `graph` or with a store that cannot clear.
 */
export async function pushGraph(store: SparqlStore, graph: KnowledgeGraph, options: PushOptions = {}): Promise<SparqlLoadResult> {
  if (options.replace) {
    if (options.graph === undefined) throw new SparqlError('pushGraph: replace needs a graph (the whole store is never cleared)', { field: 'replace', endpoint: store.name });
    if (!store.clear) throw new SparqlError(`pushGraph: ${store.name} cannot clear a graph, so it cannot replace one`, { field: 'replace', endpoint: store.name });
    await store.clear(options.graph);
  }
  const quads = toQuads(graph, { profile: 'rdf11', namedGraphs: options.graph === undefined });
  return store.load(quads, options.graph === undefined ? {} : { graph: options.graph });
}
