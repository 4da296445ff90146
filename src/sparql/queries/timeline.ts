import { QueryError } from '../../errors';
import type { TimeAxis } from '../../query/timeline/types';
import type { TimeSpan } from '../../time/timespan';
import { predicateTerm, shareDay, spanBounds } from '../patterns';
import { from, iri, PREFIXES, string } from '../syntax';

/** Options for {@link timelineQuery}. */
export interface TimelineQueryOptions {
  /** `valid` (default): when it held or happened; `recorded`: when its source published it. */
  by?: TimeAxis;
  /** Predicate id the assertions must have, e.g. `vetoes`. */
  predicate?: string;
  /** Keep dated assertions whose time shares a day with this span (undated ones are kept). */
  during?: TimeSpan;
  /** Read only this named graph (default: the store's default graph). */
  graph?: string;
}

/**
 * The SPARQL of an entity's timeline: every assertion with the entity as subject or
 * object, with `?span` (its time on the axis, unbound when unknown), `?earliest` /
 * `?latest` days (unbound when open) and `?start` / `?end` (the same as strings, `""`
 * and `"~"` for open ends), ordered as `timeline()` orders them — undated assertions
 * first, then by earliest day (an open start first), latest day (an open end last),
 * and IRI.
 *
 * @example
 * const rows = await store.query(timelineQuery('urn:claimgraph:entity/vladimir-putin', { during: parseTimeSpan('2024') }));
 * rows.map((r) => [r.assertion.value, r.span?.value]);
 * @throws {QueryError} when `by` is neither `valid` nor `recorded`.
 */
export function timelineQuery(entity: string, options: TimelineQueryOptions = {}): string {
  const by = options.by ?? 'valid';
  if (by !== 'valid' && by !== 'recorded') throw new QueryError(`timelineQuery: by must be 'valid' or 'recorded', not ${JSON.stringify(by)}`, { field: 'by' });
  const e = iri(entity);
  const range = options.during && { start: string(options.during.earliest ?? ''), end: string(options.during.latest ?? '~') };
  const during = range ? `FILTER(?dated = 0 || ${shareDay({ start: '?start', end: '?end' }, range)})` : '';
  return `${PREFIXES}SELECT DISTINCT ?assertion ?span ?earliest ?latest ?start ?end ?dated
${from(options.graph)}WHERE {
  { ?assertion rdf:subject ${e} } UNION { ?assertion rdf:object ${e} }
  ?assertion a cg:Assertion .
  ${options.predicate === undefined ? '' : `?assertion rdf:predicate ${predicateTerm(options.predicate)} .`}
  OPTIONAL { ?assertion cg:${by} ?span }
  OPTIONAL { ?assertion cg:${by}Earliest ?earliest }
  OPTIONAL { ?assertion cg:${by}Latest ?latest }
  BIND(IF(BOUND(?span), 1, 0) AS ?dated)
  ${spanBounds('?earliest', '?latest', '?start', '?end')}
  ${during}
}
ORDER BY ?dated ?start ?end STR(?assertion)
`;
}
