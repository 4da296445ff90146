import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import type { TimelineOptions } from './types';

const relates = (a: Assertion, from: string, to: string): boolean => a.subject === from && a.object.kind === 'entity' && a.object.id === to;

/** Whether the assertion passes the entity, pair and predicate filters (the time filter is the caller's). */
export function matches(a: Assertion, options: TimelineOptions): boolean {
  const { entity, between, predicate } = options;
  if (entity !== undefined && !(a.subject === entity || (a.object.kind === 'entity' && a.object.id === entity))) return false;
  if (between !== undefined && !(relates(a, between[0], between[1]) || relates(a, between[1], between[0]))) return false;
  return predicate === undefined || a.predicate === predicate;
}

/**
 * The assertions worth testing against the filters, from the narrowest index a filter
 * allows. With a time range alone, the time index gives the dated ones, but the undated
 * ones (which may fall in the range) can only be found by a pass over all assertions.
 */
export function candidates(graph: KnowledgeGraph, options: TimelineOptions): Assertion[] {
  if (options.between) return graph.assertionsBetween(options.between[0], options.between[1]);
  if (options.entity !== undefined) return graph.assertionsOf(options.entity);
  if (options.predicate !== undefined) return graph.assertionsWithPredicate(options.predicate);
  if (options.during && (options.by ?? 'valid') === 'valid') {
    return [...graph.assertionsDuring(options.during), ...graph.assertions().filter((a) => a.valid === null)];
  }
  return graph.assertions();
}
