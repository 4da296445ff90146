import { daysBetween, firstDayOf, lastDayOf } from './calendar';
import { anchoredEnds, type Ends, type Resolver } from './resolution';
import type { Tense } from './tense';

/** Days from `reference` to the nearest day of `ends` (0 when inside). */
function distance(ends: Ends, reference: string): number {
  const first = firstDayOf(ends.from ?? reference);
  const last = lastDayOf(ends.to ?? reference);
  if (reference < first) return daysBetween(reference, first);
  if (reference > last) return daysBetween(last, reference);
  return 0;
}

/**
 * Reads an expression whose text leaves out the year ("March 25", "early March") in the
 * year before, of or after the reference, as the clause's tense asks: a past clause takes
 * the latest that starts on or before the reference, a future clause the earliest that
 * ends on or after it, and a clause without tense the nearest, a later one counting as
 * twice as far (the earlier on a tie): "June 10" written on May 30 is the coming one,
 * "May" written in November the one gone.
 * Years where it names no day (February 29th) are skipped.
 *
 * @example
 * const march25 = (year: number) => pointEnds(`${year}-03-25`);
 * yearLeftOut(march25, 'past')('2024-03-20')    // { from: '2023-03-25', to: '2023-03-25' }
 * yearLeftOut(march25, 'future')('2024-03-20')  // { from: '2024-03-25', to: '2024-03-25' }
 */
export function yearLeftOut(inYear: (year: number) => Ends | null, tense: Tense | null): Resolver {
  return anchoredEnds((reference) => {
    const year = Number(reference.slice(0, 4));
    const options = [year - 1, year, year + 1].flatMap((y) => {
      const ends = inYear(y);
      return ends ? [ends] : [];
    });
    if (tense === 'past' || tense === 'perfect') {
      const past = options.filter((ends) => firstDayOf(ends.from ?? reference) <= reference);
      return past[past.length - 1] ?? options[0] ?? null;
    }
    if (tense === 'future') {
      return options.find((ends) => lastDayOf(ends.to ?? reference) >= reference) ?? options[options.length - 1] ?? null;
    }
    // News mostly reports what has happened: a later year counts as twice as far.
    const cost = (ends: Ends) => distance(ends, reference) * (firstDayOf(ends.from ?? reference) > reference ? 2 : 1);
    let best: Ends | null = null;
    for (const ends of options) {
      if (!best || cost(ends) < cost(best)) best = ends;
    }
    return best;
  });
}
