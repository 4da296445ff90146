import type { Candidate } from './candidate';
import { firstDayOf } from './calendar';
import { anchoredEnds, fixedEnds, type Ends, type Resolver } from './resolution';
import type { Tense } from './tense';

/** The parts of a candidate a range end needs. */
export type RangeEnd = Pick<Candidate, 'resolve' | 'withTense' | 'year' | 'inYear' | 'explicit' | 'anchored'>;

/** A range made of two ends: how to read it and what it owes the reference. */
export interface JoinedRange {
  readonly resolve: Resolver;
  readonly explicit: boolean;
  readonly anchored: boolean;
}

const startsBefore = (a: Ends, b: Ends): boolean => firstDayOf(a.from ?? '') <= firstDayOf(b.from ?? '');

/**
 * Joins two dates into the range from the first to the second, sharing a year written
 * once: "from March to May 2024" puts March in 2024, "Dec. 28, 2023, to Jan. 3" puts
 * January in 2024; when neither end writes a year the first is read against the
 * reference (in the clause's tense) and the second follows it. `null` when the ends
 * cannot be joined (a relative end, or a range that runs backwards).
 *
 * @example
 * joinRange(march, may2024, null)   // resolves to { from: '2024-03', to: '2024-05' }
 */
export function joinRange(a: RangeEnd, b: RangeEnd, tense: Tense | null): JoinedRange | null {
  if (a.year !== undefined && b.year !== undefined) {
    const first = a.resolve(null);
    const second = b.resolve(null);
    if (!first || !second || !startsBefore(first, second)) return null;
    return { resolve: fixedEnds({ from: first.from, to: second.to }), explicit: a.explicit && b.explicit, anchored: false };
  }
  if (a.year === undefined && a.inYear && b.year !== undefined) {
    const second = b.resolve(null);
    const same = a.inYear(b.year);
    const first = same && second && startsBefore(same, second) ? same : a.inYear(b.year - 1);
    if (!first || !second) return null;
    return { resolve: fixedEnds({ from: first.from, to: second.to }), explicit: b.explicit, anchored: false };
  }
  if (a.year !== undefined && b.year === undefined && b.inYear) {
    const first = a.resolve(null);
    const same = b.inYear(a.year);
    const second = same && first && startsBefore(first, same) ? same : b.inYear(a.year + 1);
    if (!first || !second) return null;
    return { resolve: fixedEnds({ from: first.from, to: second.to }), explicit: a.explicit, anchored: false };
  }
  const { inYear } = b;
  if (a.year !== undefined || b.year !== undefined || !a.inYear || !inYear) return null;
  const readFirst = a.withTense?.(tense) ?? a.resolve;
  const resolve = anchoredEnds((reference) => {
    const first = readFirst(reference);
    if (!first?.from) return null;
    const year = Number(first.from.slice(0, 4));
    const same = inYear(year);
    const second = same && startsBefore(first, same) ? same : inYear(year + 1);
    return second ? { from: first.from, to: second.to } : null;
  });
  return { resolve, explicit: false, anchored: true };
}
