import type * as RDFJS from '@rdfjs/types';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { describeGraph } from './descriptions';
import type { RdfProfile } from './format';
import { factory } from './n3';
import { toN3Term } from './terms';

/** Options for {@link toQuads}. */
export interface ToQuadsOptions {
  /** How assertions are written (default `rdf11`). */
  profile?: RdfProfile;
  /**
   * Put each source document's assertions in the named graph of that document (default
   * `true`, for TriG and N-Quads); documents and entities stay in the default graph.
   * `false` puts everything in the default graph, as Turtle needs.
   */
  namedGraphs?: boolean;
}

/**
 * The graph as quads, in canonical order (graph, subject, predicate, object; see
 * `order.ts`) so that equal graphs give identical output. No blank nodes: every node
 * has a deterministic IRI. Assertions are described when reached, so a large graph is
 * never held as quads all at once.
 *
 * @example
 * for (const quad of toQuads(graph, { profile: 'rdf12' })) store.add(quad);
 * @throws {RdfError} when a value cannot be written losslessly (e.g. a language-tagged
 *   literal whose datatype is not rdf:langString) or is not valid RDF (an IRI that is not
 *   an absolute IRI, a language tag that is not BCP 47).
 */
export function* toQuads(graph: KnowledgeGraph, options: ToQuadsOptions = {}): Generator<RDFJS.Quad> {
  const { namedNode, quad, defaultGraph } = factory;
  const descriptions = describeGraph(graph, { profile: options.profile ?? 'rdf11', namedGraphs: options.namedGraphs ?? true });
  for (const d of descriptions) {
    const [graphTerm, subject] = [d.graph ? namedNode(d.graph) : defaultGraph(), namedNode(d.subject)];
    for (const { predicate, object } of d.properties) yield quad(subject, namedNode(predicate), toN3Term(object), graphTerm);
  }
}
