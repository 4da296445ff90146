import type { TimeSpan } from '../../time/timespan';
import { compareStrings } from '../../util/compare-strings';

// Open ends compare as infinities: '' sorts before every day, '~' after every day.
const startKey = (span: TimeSpan): string => span.earliest ?? '';
const endKey = (span: TimeSpan): string => span.latest ?? '~';

/**
 * A total order on spans, by earliest then latest day, an open start first and an open
 * end last. It only lines spans up for a sweep: whether one span really comes before
 * another is {@link compareTimeSpans}'s question, and overlapping spans have no answer.
 */
export function compareBounds(a: TimeSpan, b: TimeSpan): number {
  return compareStrings(startKey(a), startKey(b)) || compareStrings(endKey(a), endKey(b));
}

/** The later of two last days, `null` (an open end) being later than any day. */
export function laterEnd(a: string | null, b: string | null): string | null {
  return a === null || b === null ? null : a > b ? a : b;
}

/** Whether `span` starts after the day `end` (never, when `end` is open). */
export function startsAfter(span: TimeSpan, end: string | null): boolean {
  return end !== null && span.earliest !== null && span.earliest > end;
}
