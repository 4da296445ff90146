import { KnowledgeGraph } from '../graph/knowledge-graph';
import { isEntityClass } from '../rdf/mapping';
import { cgLocal } from '../rdf/namespaces';
import type { SparqlStore } from './store';
import { from, PREFIXES, string } from './syntax';

/** Options for {@link sparqlEntityNames}. */
export interface EntityNamesOptions {
  /** Only entities with this label or alias (any case); default: all. */
  named?: string;
  /** Read only this named graph. */
  graph?: string;
}

/**
 * The entities of a store with their kinds, labels and aliases only (no roles), as a
 * graph, to resolve the name a user gives (`claimgraph timeline "Netanyahu" --endpoint …`)
 * without reading the claims.
 *
 * @example
 * const names = await sparqlEntityNames(store, { named: 'Vladimir Putin' });
 * names.entities().map((e) => e.id);  // ['urn:claimgraph:entity/vladimir-putin']
 */
export async function sparqlEntityNames(store: SparqlStore, options: EntityNamesOptions = {}): Promise<KnowledgeGraph> {
  const match =
    options.named === undefined
      ? ''
      : `{ ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } FILTER(LCASE(STR(?name)) = LCASE(${string(options.named)}))`;
  const rows = await store.query(`${PREFIXES}SELECT DISTINCT ?e ?kind ?label ?alias
${from(options.graph)}WHERE { ${match} ?e rdfs:label ?label ; a ?kind . OPTIONAL { ?e skos:altLabel ?alias } }`);
  const graph = new KnowledgeGraph();
  for (const row of rows) {
    const [id, kind, label] = [row.e?.value, row.kind?.value, row.label?.value];
    if (!id || !kind || !label || row.e?.termType !== 'NamedNode' || !isEntityClass(kind)) continue;
    graph.addEntity({ id, kind: cgLocal(kind)!, label, aliases: row.alias ? [row.alias.value] : [] });
  }
  return graph;
}
