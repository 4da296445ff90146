/**
 * The timeline and contradiction questions as SPARQL 1.1 over the RDF 1.1 profile, for
 * stores that hold more than memory does: an embedded store (oxigraph) or any SPARQL
 * endpoint (Virtuoso, Fuseki, GraphDB …).
 */
export type { SparqlBindings, SparqlLoadInput, SparqlLoadOptions, SparqlLoadResult, SparqlStore } from './store';
export { OxigraphStore, type OxigraphStoreOptions } from './oxigraph-store';
export { EndpointStore, type EndpointStoreOptions, type QueryMethod } from './endpoint-store';
export { pushGraph, type PushOptions } from './push';
export {
  anachronismContextQuery,
  anachronismQuery,
  contradictionQueries,
  contraryQuery,
  numericQuery,
  polarityQuery,
  timelineQuery,
  type ContradictionQueries,
  type ContradictionQueryOptions,
  type TimelineQueryOptions,
} from './queries';
export { sparqlTimeline, sparqlTimelineAnswer, type SparqlTimelineAnswer, type SparqlTimelineOptions } from './timeline';
export { sparqlContradictionAnswer, sparqlContradictions, type SparqlContradictionAnswer, type SparqlContradictionOptions } from './contradictions';
export { fetchSubgraph, type SubgraphOptions } from './subgraph';
export { sparqlEntityNames, type EntityNamesOptions } from './entity';
