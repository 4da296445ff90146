import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Assertion } from '../model/assertion';
import { compareBounds } from '../query/timeline/order';
import { sweep } from '../query/timeline/timeline';
import type { Timeline } from '../query/timeline/types';
import type { TimeSpan } from '../time/timespan';
import { compareStrings } from '../util/compare-strings';
import { timelineQuery, type TimelineQueryOptions } from './queries/timeline';
import type { SparqlStore } from './store';
import { fetchSubgraph } from './subgraph';

/** Options for {@link sparqlTimeline}: those of {@link timelineQuery}. */
export type SparqlTimelineOptions = TimelineQueryOptions;

/** A timeline with the part of the store's graph it was read from (its assertions, sources and entities). */
export interface SparqlTimelineAnswer {
  timeline: Timeline;
  graph: KnowledgeGraph;
}

/**
 * {@link sparqlTimeline}, with the subgraph its entries come from (for labels and
 * source files).
 *
 * @example
 * const { timeline, graph } = await sparqlTimelineAnswer(store, putin);
 * timeline.entries.map((e) => graph.source(e.assertion.source)?.file);
 */
export async function sparqlTimelineAnswer(store: SparqlStore, entity: string, options: SparqlTimelineOptions = {}): Promise<SparqlTimelineAnswer> {
  const by = options.by ?? 'valid';
  const rows = await store.query(timelineQuery(entity, options));
  const ids = [...new Set(rows.flatMap((row) => (row.assertion?.termType === 'NamedNode' ? [row.assertion.value] : [])))];
  const graph = await fetchSubgraph(store, ids, { ...(options.graph !== undefined && { graph: options.graph }), entities: [entity] });
  const dated: Array<{ assertion: Assertion; time: TimeSpan }> = [];
  const undated: Assertion[] = [];
  for (const id of ids) {
    const assertion = graph.assertion(id);
    if (!assertion) continue; // described between the two queries' reads by a concurrent change
    const time = by === 'valid' ? assertion.valid : assertion.recorded;
    if (time) dated.push({ assertion, time });
    else undated.push(assertion);
  }
  // The store ordered the rows; sorting again (stably, as timeline() sorts) changes nothing
  // unless a store collates IRIs otherwise than by code unit.
  dated.sort((x, y) => compareBounds(x.time, y.time) || compareStrings(x.assertion.id, y.assertion.id));
  undated.sort((a, b) => compareStrings(a.id, b.id));
  return { timeline: { entries: sweep(dated), undated }, graph };
}

/**
 * An entity's timeline answered by a SPARQL store: the same {@link Timeline} as
 * `timeline(graph, { entity, … })` gives for the graph the store holds (RDF 1.1 profile,
 * as {@link pushGraph} loads it). The store selects and orders the assertions
 * ({@link timelineQuery}); their descriptions are read back through the RDF mapping,
 * and the groups and Allen relations are swept in JavaScript from the ordered rows.
 *
 * @example
 * const { entries, undated } = await sparqlTimeline(store, 'urn:claimgraph:entity/vladimir-putin', { during: parseTimeSpan('2024') });
 * entries.map((e) => [e.time.value, e.group, e.relation, e.assertion.predicate]);
 * @throws {SparqlError} when the store fails; {@link QueryError} for a bad `by`.
 */
export async function sparqlTimeline(store: SparqlStore, entity: string, options: SparqlTimelineOptions = {}): Promise<Timeline> {
  return (await sparqlTimelineAnswer(store, entity, options)).timeline;
}
