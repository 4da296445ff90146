import { QueryError } from '../../errors';
import { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Source } from '../../graph/source';
import type { Assertion } from '../../model/assertion';
import { compareStrings } from '../../util/compare-strings';
import { wantsPossible } from './certainty';
import { queryDate } from './query-date';
import type { AsOfOptions } from './types';

/** Whether the source was (surely, or possibly) published by the day `cutoff`. */
function publishedBy(source: Source, cutoff: string, possible: boolean): boolean {
  const time = source.published.time;
  if (!time) return false;
  if (possible) return time.earliest === null || time.earliest <= cutoff;
  return time.latest !== null && time.latest <= cutoff;
}

/**
 * What was known at `date`: a new graph of the sources published by then, their
 * assertions, and the entities those assertions name (subject, object, speaker), with
 * their labels, aliases, sameAs and roles. Nothing of the original graph changes.
 *
 * `date` is a day (`2024-03-25`) or any span string (`2024-03` reads as "by the end of
 * March 2024"). A source counts when its publication time (`source.published.time`)
 * surely ends by the date's last day (`include: 'certain'`, the default) or may have
 * (`'possible'`: it starts by then). Undated sources are left out: nothing says they
 * were known by any date.
 *
 * @example
 * const known = asOf(graph, '2024-03-26');
 * known.sources().map((s) => s.file)           // the articles published by March 26th, 2024
 * asOf(graph, '2024-03', { include: 'possible' }).size.assertions
 * @throws {QueryError} when `date` is not a span string or has an open end, or `include` is unknown.
 */
export function asOf(graph: KnowledgeGraph, date: string, options: AsOfOptions = {}): KnowledgeGraph {
  const span = queryDate('asOf', date);
  if (span.latest === null) throw new QueryError(`asOf: "${date}" has an open end; give the last day to look at`, { field: 'date' });
  const possible = wantsPossible('asOf', options.include);
  const known = new KnowledgeGraph({ base: graph.base });
  const sources = graph.sources().filter((s) => publishedBy(s, span.latest!, possible));
  const assertions: Assertion[] = sources.flatMap((s) => graph.assertionsFrom(s.id));
  const used = new Set(assertions.flatMap((a) => [a.subject, ...(a.object.kind === 'entity' ? [a.object.id] : []), ...(a.attributedTo ? [a.attributedTo] : [])]));
  // Sorted insertion keeps the new graph's iteration order independent of the old one's.
  for (const source of sources) known.addSource(source);
  for (const id of [...used].sort(compareStrings)) known.addEntity(graph.entity(id)!);
  for (const assertion of assertions.sort((a, b) => compareStrings(a.id, b.id))) known.addAssertion(assertion);
  return known;
}
