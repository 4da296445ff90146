import { KnowledgeGraph } from '../graph/knowledge-graph';
import { sourceFromDocument } from '../graph/source';
import { linkedEntities } from '../extract/entities';
import { linkAndDate } from '../extract/extract';
import { EntityLinker } from '../extract/linking/linker';
import type { Lexicon } from '../lexicon/lexicon';
import type { Document } from '../model/document';

/** Options for {@link buildGraph}. */
export interface BuildGraphOptions {
  /** Base for minted IRIs (default `urn:claimgraph:`). */
  base?: string;
  /** Graph to add to; a new one by default. */
  graph?: KnowledgeGraph;
  /**
   * Link entities and date undated articles from their content (default `true`); `false`
   * adds the documents as they were loaded, for users who bring their own extractor.
   */
  link?: boolean;
  /** Who is who (default: the lexicon shipped with the package). */
  lexicon?: Lexicon;
  /** A linker to reuse (built from `lexicon` otherwise). */
  linker?: EntityLinker;
}

/**
 * The corpus → graph step: every document becomes a source of the graph, dated from its
 * content when no manifest or dateline dates it, and every entity it mentions becomes a
 * node (lexicon entities with their Wikidata ids and dated roles, provisional ones with
 * their guessed kind). Claim extraction plugs in here as it arrives (see the CHANGELOG).
 *
 * @example
 * const { documents } = await loadCorpus('examples/corpus');
 * const graph = buildGraph(documents);
 * graph.findEntities('Yair Lapid')[0]?.roles.map((r) => r.title)  // ['Alternate Prime Minister', 'Foreign Minister', 'Prime Minister']
 */
export function buildGraph(documents: Iterable<Document>, options: BuildGraphOptions = {}): KnowledgeGraph {
  const graph = options.graph ?? new KnowledgeGraph({ base: options.base });
  const linker = options.link === false ? undefined : (options.linker ?? new EntityLinker({ lexicon: options.lexicon }));
  for (const document of documents) {
    if (!linker) {
      graph.addSource(sourceFromDocument(document, graph.base));
      continue;
    }
    const { links, inference } = linkAndDate(document, linker);
    graph.addSource(sourceFromDocument({ ...document, published: inference.published }, graph.base));
    for (const entity of linkedEntities(links, linker.lexicon, graph.base).values()) graph.addEntity(entity);
  }
  return graph;
}
