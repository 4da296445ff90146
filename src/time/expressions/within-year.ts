import type { Candidate } from './candidate';
import { dayValue, isoWeekday, monthValue } from './calendar';
import { fixedEnds, pointEnds, type Ends } from './resolution';
import type { Tense } from './tense';
import type { TemporalKind } from './types';
import { yearLeftOut } from './year-choice';

/** A month or a day of one, its year written or not, and the weekday if the text names it. */
export interface MonthDay {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
  /** ISO weekday (1 = Monday) the text gives with the day ("Sunday, Oct. 8"). */
  readonly weekday?: number | null;
}

/** The point ends of a month or day in a given year; `null` if that year has no such day. */
export function monthDayInYear(date: MonthDay, year: number): Ends | null {
  if (date.day === null) return pointEnds(monthValue(year, date.month));
  const day = dayValue(year, date.month, date.day);
  return day ? pointEnds(day) : null;
}

/** What {@link withinYear} needs to know of an expression. */
export interface WithinYearOptions {
  start: number;
  end: number;
  kind?: TemporalKind;
  /** The year the text writes, or `null` when it leaves it out. */
  year: number | null;
  /** The expression put in a given year. */
  inYear: (year: number) => Ends | null;
  /** The tense of the clause, to choose a left-out year. */
  tense: Tense | null;
  /** Whether the text states the span fully once the year is written (false for "early March"). */
  exact?: boolean;
}

/**
 * A candidate for an expression that lies within one year: fixed when the text writes
 * the year, otherwise read in the year the reference and tense suggest. `null` when the
 * written year has no such day.
 *
 * @example
 * withinYear({ start: 0, end: 8, year: null, inYear: (y) => pointEnds(`${y}-03-25`), tense: 'past' })
 * // { kind: 'date', anchored: true, explicit: false, … }
 */
export function withinYear(options: WithinYearOptions): Candidate | null {
  const { start, end, kind = 'date', year, inYear, tense, exact = true } = options;
  if (year !== null) {
    const ends = inYear(year);
    return ends ? { start, end, kind, anchored: false, explicit: exact, resolve: fixedEnds(ends), year, inYear } : null;
  }
  const withTense = (t: Tense | null) => yearLeftOut(inYear, t);
  return { start, end, kind, anchored: true, explicit: false, resolve: withTense(tense), withTense, inYear };
}

/**
 * {@link withinYear} for a month or a day of one. A weekday written with a day picks the
 * year when the year is left out ("Sunday, Oct. 8"), unless no nearby year fits it.
 */
export function monthDayCandidate(start: number, end: number, date: MonthDay, tense: Tense | null, kind?: TemporalKind): Candidate | null {
  const plain = (year: number) => monthDayInYear(date, year);
  const { weekday } = date;
  if (date.year !== null || !weekday || date.day === null) {
    return withinYear({ start, end, year: date.year, inYear: plain, tense, ...(kind && { kind }) });
  }
  const onWeekday = (year: number) => {
    const ends = plain(year);
    return ends?.from && isoWeekday(ends.from) === weekday ? ends : null;
  };
  const strict = withinYear({ start, end, year: null, inYear: onWeekday, tense, ...(kind && { kind }) });
  const loose = withinYear({ start, end, year: null, inYear: plain, tense, ...(kind && { kind }) });
  if (!strict || !loose) return null;
  const withTense = (t: Tense | null) => {
    const [a, b] = [strict.withTense?.(t), loose.withTense?.(t)];
    return (reference: string | null) => a?.(reference) ?? b?.(reference) ?? null;
  };
  return { ...loose, resolve: withTense(tense), withTense };
}
