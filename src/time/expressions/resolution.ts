import { intervalSpan, parseTimeSpan, type TimeSpan } from '../timespan';
import { firstDayOf, lastDayOf } from './calendar';

/**
 * The two ends an expression stands for, each a point value (`2024`, `2024-03`,
 * `2024-03-25`) or `null` where it is open. Both ends the same value: one calendar unit.
 */
export interface Ends {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * How an expression reads against one reference day (`YYYY-MM-DD`), or against none
 * (`null`). Returns `null` when it cannot be read without the reference ("last week").
 */
export type Resolver = (reference: string | null) => Ends | null;

/** Ends of a single calendar unit. */
export const pointEnds = (value: string): Ends => ({ from: value, to: value });

/** A resolver that needs no reference ("October 7, 2023"). */
export const fixedEnds =
  (ends: Ends): Resolver =>
  () =>
    ends;

/**
 * A resolver that needs the reference day and gives nothing without it ("yesterday").
 *
 * @example
 * anchoredEnds((day) => pointEnds(shiftDay(day, -1, 'day')))('2024-05-30')  // { from: '2024-05-29', to: '2024-05-29' }
 */
export function anchoredEnds(read: (reference: string) => Ends | null): Resolver {
  return (reference) => (reference === null ? null : read(reference));
}

/** A reference to read relative expressions against: one day, or a window with either end open. */
export interface ReferenceWindow {
  readonly earliest: string | null;
  readonly latest: string | null;
}

// An open `from` sorts before every day ('' < '2024'), an open `to` after ('~' > '2024').
const fromKey = (value: string | null): string => (value === null ? '' : firstDayOf(value));
const toKey = (value: string | null): string => (value === null ? '~' : lastDayOf(value));

/**
 * Reads an expression against a reference window: the earliest it can start comes from
 * the window's earliest day, the latest it can end from the window's latest day, and an
 * open window end leaves that end of the result open unless the expression fixes it
 * itself ("since 2014" keeps its start). `null` when it needs a reference and there is none.
 *
 * @example
 * // "last week" against 2024-05-29/2024-06-05 (both Wednesdays)
 * resolveInWindow(lastWeek, { earliest: '2024-05-29', latest: '2024-06-05' })
 * // { from: '2024-05-20', to: '2024-06-02' }
 */
export function resolveInWindow(resolve: Resolver, window: ReferenceWindow | null): Ends | null {
  if (window === null || (window.earliest === null && window.latest === null)) return resolve(null);
  const unanchored = window.earliest === null || window.latest === null ? resolve(null) : null;
  const first = window.earliest === null ? null : resolve(window.earliest);
  const last = window.latest === null ? null : resolve(window.latest);
  if ((window.earliest !== null && !first) || (window.latest !== null && !last)) return null;
  const from = first ? first.from : (unanchored?.from ?? null);
  const to = last ? last.to : (unanchored?.to ?? null);
  if (first && last) {
    // Rules are monotonic in the reference, but take the outermost ends to be safe.
    return {
      from: fromKey(first.from) <= fromKey(last.from) ? first.from : last.from,
      to: toKey(last.to) >= toKey(first.to) ? last.to : first.to,
    };
  }
  return { from, to };
}

/**
 * The {@link TimeSpan} of resolved ends, keeping the expression and whether the text
 * states it. `null` for two open ends or ends in the wrong order.
 *
 * @example
 * endsToTimeSpan({ from: '2014', to: null }, 'since 2014', false)  // value '2014/..', explicit false
 * endsToTimeSpan(pointEnds('2023-10'), 'October 2023', true)      // value '2023-10', granularity 'month'
 */
export function endsToTimeSpan(ends: Ends | null, expression: string, explicit: boolean): TimeSpan | null {
  if (!ends || (ends.from === null && ends.to === null)) return null;
  const options = { expression, explicit };
  if (ends.from !== null && ends.from === ends.to) return parseTimeSpan(ends.from, options);
  if (fromKey(ends.from) > toKey(ends.to)) return null;
  return intervalSpan(ends.from, ends.to, options);
}
