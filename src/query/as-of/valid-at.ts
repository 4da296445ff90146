import { QueryError } from '../../errors';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import type { TimeSpan } from '../../time/timespan';
import { wantsPossible } from './certainty';
import { queryDate } from './query-date';
import type { ValidAtOptions } from './types';

/**
 * Whether `valid` surely covers `day`. A day covers only itself. An interval with both
 * ends known covers every day between them. A month or a year is one unknown day in it
 * (the event happened on some day of March), and an open end is unknown, not infinite:
 * those only *may* cover the day.
 */
function surelyCovers(valid: TimeSpan, day: string): boolean {
  if (valid.granularity === 'day') return valid.earliest === day;
  if (valid.granularity !== 'interval' || valid.earliest === null || valid.latest === null) return false;
  return valid.earliest <= day && day <= valid.latest;
}

/**
 * What the sources say held or happened on `day` (`YYYY-MM-DD`): the assertions whose
 * valid time contains the day, by earliest valid day, then IRI. They are claims, kept
 * with their polarity, modality and speaker: a denied claim says it did *not* hold.
 *
 * With `include: 'certain'` (default) the valid time must surely cover the day: it is
 * that day, or an interval with known ends around it. With `'possible'` it need only
 * share the day: "March 2024" and "2022-02-24/.." possibly hold on 2024-03-25. Undated
 * assertions are never returned.
 *
 * @example
 * validAt(graph, '2024-03-25').map((a) => a.valid?.value)                          // e.g. ['2024-03-25', '2023-01-01/2025-01-19']
 * validAt(graph, '2024-03-25', { include: 'possible' }).map((a) => a.valid?.value) // also '2024-03', '2024', '2022-02-24/..'
 * @throws {QueryError} when `day` is not a `YYYY-MM-DD` day, or `include` is unknown.
 */
export function validAt(graph: KnowledgeGraph, day: string, options: ValidAtOptions = {}): Assertion[] {
  const span = queryDate('validAt', day);
  if (span.granularity !== 'day') throw new QueryError(`validAt: "${day}" is not a day (expected YYYY-MM-DD)`, { field: 'date' });
  const possible = wantsPossible('validAt', options.include);
  // A span shares a day with a one-day span exactly when it contains that day.
  const sharing = graph.assertionsDuring(span);
  return possible ? sharing : sharing.filter((a) => surelyCovers(a.valid!, span.value));
}
