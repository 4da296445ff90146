import { RuleExtractor, type Extractor, type RuleExtractorOptions } from '../extract/extractor';
import { KnowledgeGraph } from '../graph/knowledge-graph';
import { sourceFromDocument } from '../graph/source';
import type { Document } from '../model/document';

/** Options for {@link buildGraph}: the extractor to use, or the options of the default one. */
export interface BuildGraphOptions extends RuleExtractorOptions {
  /** Graph to add to; a new one by default. */
  graph?: KnowledgeGraph;
  /**
   * Extract entities and claims and date undated articles from their content (default
   * `true`); `false` adds the documents as they were loaded, for users who add their own.
   */
  extract?: boolean;
  /** The extractor (default: a {@link RuleExtractor} built from the other options). */
  extractor?: Extractor;
}

/**
 * The corpus → graph step: every document becomes a source of the graph, dated from its
 * content when no manifest or dateline dates it; every entity it mentions becomes a node
 * (lexicon entities with their Wikidata ids and dated roles, provisional ones with their
 * guessed kind); every claim becomes an assertion.
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const graph = buildGraph(documents);
 * graph.findEntities('Yair Lapid')[0]?.roles.map((r) => r.title)  // ['Alternate Prime Minister', 'Foreign Minister', 'Prime Minister']
 */
export function buildGraph(documents: Iterable<Document>, options: BuildGraphOptions = {}): KnowledgeGraph {
  const graph = options.graph ?? new KnowledgeGraph({ base: options.base });
  const extractor = options.extract === false ? undefined : (options.extractor ?? new RuleExtractor({ ...options, base: graph.base }));
  for (const document of documents) {
    if (!extractor) {
      graph.addSource(sourceFromDocument(document, graph.base));
      continue;
    }
    const found = extractor.extract(document);
    graph.addSource(sourceFromDocument(found.document, graph.base));
    for (const entity of found.entities.values()) graph.addEntity(entity);
    for (const assertion of found.assertions) graph.addAssertion(assertion);
  }
  return graph;
}
