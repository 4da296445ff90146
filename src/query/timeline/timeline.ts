import { QueryError } from '../../errors';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import { allenRelation, overlaps } from '../../time/allen';
import type { TimeSpan } from '../../time/timespan';
import { compareStrings } from '../../util/compare-strings';
import { compareBounds, laterEnd, startsAfter } from './order';
import { candidates, matches } from './select';
import type { Timeline, TimelineEntry, TimelineOptions } from './types';

/**
 * The assertions the options select, in time order, without inventing an order.
 *
 * Spans are known only to their granularity ("March 2024", "2023/2025"), so two that
 * overlap may have happened either way round. Entries are sorted by earliest day, then
 * latest day (an open start first, an open end last), then IRI, and swept into groups: a
 * new group starts when an entry lies wholly after everything in the current one. Within
 * a group the order is unknown; `relation` gives each entry's Allen relation to the one
 * before it. Assertions with no time on the chosen axis are listed in `undated`, never
 * dropped — with `during` too, since their time may fall in the range.
 *
 * @example
 * const { entries, undated } = timeline(graph, { entity: entityIri('Benjamin Netanyahu'), during: parseTimeSpan('2024') });
 * entries.map((e) => [e.time.value, e.group, e.relation, e.assertion.predicate]);
 * // [['2024-03', 0, null, 'criticizes'], ['2024-03-22', 0, 'during', 'meets'],
 * //  ['2024-03-25', 0, 'after', 'demands'],   // after the meeting, but maybe not after the criticism
 * //  ['2024-06', 1, 'after', 'visits']]       // after everything in March
 * @throws {QueryError} when `by` is neither `valid` nor `recorded`.
 */
export function timeline(graph: KnowledgeGraph, options: TimelineOptions = {}): Timeline {
  const by = options.by ?? 'valid';
  if (by !== 'valid' && by !== 'recorded') throw new QueryError(`timeline: by must be 'valid' or 'recorded', not ${JSON.stringify(by)}`, { field: 'by' });
  const timeOf = (a: Assertion): TimeSpan | null => (by === 'valid' ? a.valid : a.recorded);
  const dated: Array<{ assertion: Assertion; time: TimeSpan }> = [];
  const undated: Assertion[] = [];
  for (const assertion of candidates(graph, options)) {
    if (!matches(assertion, options)) continue;
    const time = timeOf(assertion);
    if (!time) undated.push(assertion);
    else if (!options.during || overlaps(time, options.during)) dated.push({ assertion, time });
  }
  dated.sort((x, y) => compareBounds(x.time, y.time) || compareStrings(x.assertion.id, y.assertion.id));

  return { entries: sweep(dated), undated: undated.sort((a, b) => compareStrings(a.id, b.id)) };
}

/**
 * Entries in time order swept into groups: a new group starts when an entry lies wholly
 * after everything in the current one; `relation` is the Allen relation to the entry
 * before. (The SPARQL timeline sweeps the rows a store orders the same way.)
 */
export function sweep(dated: readonly { assertion: Assertion; time: TimeSpan }[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let group = 0;
  let groupEnd: string | null = null; // the last day the current group may reach (null: open)
  dated.forEach(({ assertion, time }, i) => {
    const previous = entries[i - 1];
    const whollyAfter = previous !== undefined && startsAfter(time, groupEnd);
    if (whollyAfter) group += 1;
    groupEnd = !previous || whollyAfter ? time.latest : laterEnd(groupEnd, time.latest);
    entries.push({ assertion, time, group, relation: previous ? allenRelation(time, previous.time) : null });
  });
  return entries;
}
