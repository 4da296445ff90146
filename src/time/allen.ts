import { addDays, format, parseISO } from 'date-fns';
import { compareStrings } from '../util/compare-strings';
import type { TimeSpan } from './timespan';

/**
 * The thirteen relations of Allen's interval algebra. Spans are read as the closed
 * day ranges `[earliest, latest]`; an open end stretches to infinity.
 */
export type AllenRelation =
  | 'before'
  | 'meets'
  | 'overlaps'
  | 'starts'
  | 'during'
  | 'finishes'
  | 'equals'
  | 'finishedBy'
  | 'contains'
  | 'startedBy'
  | 'overlappedBy'
  | 'metBy'
  | 'after';

// Open ends compare as -∞ ('' sorts before every date) and +∞ ('~' sorts after).
const startKey = (span: TimeSpan): string => span.earliest ?? '';
const endKey = (span: TimeSpan): string => span.latest ?? '~';

const nextDay = (day: string): string => format(addDays(parseISO(day), 1), 'yyyy-MM-dd');

/** Whether `a` ends the day before `b` starts (Allen's "meets" on whole days). */
function meets(a: TimeSpan, b: TimeSpan): boolean {
  return a.latest !== null && b.earliest !== null && nextDay(a.latest) === b.earliest;
}

/**
 * The Allen relation of `a` to `b`.
 *
 * @example
 * allenRelation(parseTimeSpan('2024-03-25'), parseTimeSpan('2024-03'))  // 'during'
 * allenRelation(parseTimeSpan('2024-02'), parseTimeSpan('2024-03'))     // 'meets'
 */
export function allenRelation(a: TimeSpan, b: TimeSpan): AllenRelation {
  if (meets(a, b)) return 'meets';
  if (meets(b, a)) return 'metBy';
  if (endKey(a) < startKey(b)) return 'before';
  if (endKey(b) < startKey(a)) return 'after';
  const s = compareStrings(startKey(a), startKey(b));
  const e = compareStrings(endKey(a), endKey(b));
  if (s === 0 && e === 0) return 'equals';
  if (s === 0) return e < 0 ? 'starts' : 'startedBy';
  if (e === 0) return s > 0 ? 'finishes' : 'finishedBy';
  if (s > 0 && e < 0) return 'during';
  if (s < 0 && e > 0) return 'contains';
  return s < 0 ? 'overlaps' : 'overlappedBy';
}

/** Whether the two spans share at least one day. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  const relation = allenRelation(a, b);
  return relation !== 'before' && relation !== 'after' && relation !== 'meets' && relation !== 'metBy';
}

/**
 * Orders two spans as a partial order: `-1` when `a` lies wholly before `b`, `1` when
 * wholly after, `0` when both cover exactly the same days, and `undefined` when they
 * overlap so that which came first is not known. Never invents an order.
 *
 * @example
 * compareTimeSpans(parseTimeSpan('2024-03'), parseTimeSpan('2024-03-25'))  // undefined
 */
export function compareTimeSpans(a: TimeSpan, b: TimeSpan): -1 | 0 | 1 | undefined {
  const relation = allenRelation(a, b);
  if (relation === 'before' || relation === 'meets') return -1;
  if (relation === 'after' || relation === 'metBy') return 1;
  return relation === 'equals' ? 0 : undefined;
}

/** Whether the day `day` (`YYYY-MM-DD`) may fall within `span`. */
export function containsDay(span: TimeSpan, day: string): boolean {
  return (span.earliest === null || span.earliest <= day) && (span.latest === null || day <= span.latest);
}
