/**
 * Binary searches over ranges `[start, end)` sorted by start and not overlapping
 * (sentences, matches): which one holds an offset.
 */

/** Index of the range that holds `at`, or -1. */
export function rangeAt(ranges: ReadonlyArray<{ start: number; end: number }>, at: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid]!;
    if (at < range.start) hi = mid - 1;
    else if (at >= range.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last range starting at or before `at` (0 when none does). */
export function lastStartingBy(ranges: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
