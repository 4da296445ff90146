import { KnowledgeGraph } from '../graph/knowledge-graph';
import { sourceFromDocument } from '../graph/source';
import type { Document } from '../model/document';

/** Options for {@link buildGraph}. */
export interface BuildGraphOptions {
  /** Base for minted IRIs (default `urn:claimgraph:`). */
  base?: string;
  /** Graph to add to; a new one by default. */
  graph?: KnowledgeGraph;
}

/**
 * The corpus → graph step: every document becomes a source of the graph.
 * Entity linking and claim extraction plug in here as they arrive (see the CHANGELOG).
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const graph = buildGraph(documents);
 */
export function buildGraph(documents: Iterable<Document>, options: BuildGraphOptions = {}): KnowledgeGraph {
  const graph = options.graph ?? new KnowledgeGraph({ base: options.base });
  for (const document of documents) graph.addSource(sourceFromDocument(document, graph.base));
  return graph;
}
