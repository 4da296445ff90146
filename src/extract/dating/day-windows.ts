import { addDays, format, parseISO } from 'date-fns';
import { compareStrings } from '../../util/compare-strings';

/** A run of days, inclusive; `null` ends are open. */
export interface DayWindow {
  earliest: string | null;
  latest: string | null;
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';
const shift = (day: string, days: number) => format(addDays(parseISO(day), days), 'yyyy-MM-dd');
const low = (w: DayWindow) => w.earliest ?? MIN;
const high = (w: DayWindow) => w.latest ?? MAX;

/** The days in `a` and in `b`, or `null` when they share none. */
export function intersectWindows(a: DayWindow, b: DayWindow): DayWindow | null {
  const earliest = compareStrings(low(a), low(b)) >= 0 ? a.earliest : b.earliest;
  const latest = compareStrings(high(a), high(b)) <= 0 ? a.latest : b.latest;
  return compareStrings(earliest ?? MIN, latest ?? MAX) <= 0 ? { earliest, latest } : null;
}

/**
 * The days outside every window, after the end of the first: when someone was "former"
 * holder of an office held in `terms`.
 *
 * @example
 * afterTerms([{ earliest: '2017-01-20', latest: '2021-01-20' }, { earliest: '2025-01-20', latest: null }])
 * // [{ earliest: '2021-01-21', latest: '2025-01-19' }]
 */
export function afterTerms(terms: readonly DayWindow[]): DayWindow[] {
  const [first, ...rest] = [...terms].sort((a, b) => compareStrings(low(a), low(b)));
  let end = first?.latest ?? null;
  if (end === null) return [];
  const gaps: DayWindow[] = [];
  for (const term of rest) {
    if (term.earliest !== null && compareStrings(shift(end, 1), term.earliest) < 0) gaps.push({ earliest: shift(end, 1), latest: shift(term.earliest, -1) });
    if (term.latest === null) return gaps;
    if (compareStrings(term.latest, end) > 0) end = term.latest;
  }
  gaps.push({ earliest: shift(end, 1), latest: null });
  return gaps;
}

/** Something that allows some days and not others. */
export interface Allowing {
  allowed: readonly DayWindow[];
}

/**
 * The largest subset of constraints that can all hold on one day, and the days they
 * allow together: every boundary of every window is a candidate day, and the day that
 * satisfies the most constraints (the latest of equals, so that undated articles lean to
 * their most recent reading) decides the subset.
 */
export function largestConsistent<T extends Allowing>(constraints: readonly T[]): { kept: T[]; dropped: T[]; window: DayWindow | null } {
  if (constraints.length === 0) return { kept: [], dropped: [], window: null };
  const days = new Set<string>();
  for (const c of constraints) for (const w of c.allowed) days.add(low(w)).add(high(w));
  let best: T[] = [];
  let bestDay = MIN;
  for (const day of [...days].sort(compareStrings)) {
    const holding = constraints.filter((c) => c.allowed.some((w) => compareStrings(low(w), day) <= 0 && compareStrings(day, high(w)) <= 0));
    if (holding.length >= best.length) {
      best = holding;
      bestDay = day;
    }
  }
  let window: DayWindow | null = { earliest: null, latest: null };
  for (const c of best) {
    const around = c.allowed.find((w) => compareStrings(low(w), bestDay) <= 0 && compareStrings(bestDay, high(w)) <= 0)!;
    window = window && intersectWindows(window, around);
  }
  return { kept: best, dropped: constraints.filter((c) => !best.includes(c)), window };
}
