import type { TimeSpan } from '../timespan';
import type { CountBound } from './numbers';

/**
 * The shape of a temporal expression, a closed set:
 *
 * - `date`: one calendar unit or a named part of one, written as a calendar date
 *   ("October 7, 2023", "March 25", "2005", "the 1990s", "early March", "the end of the year");
 * - `range`: a span between two ends, at least one written ("between 2014 and 2016",
 *   "since February 24", "until June", "by 2030", "March 3-5, 2024");
 * - `duration`: a length of time, placed against the reference where the words say
 *   where ("for at least another seven months", "in the past year", "in recent weeks");
 * - `relative`: a date named from the reference ("yesterday", "last Tuesday", "on Saturday",
 *   "last week", "earlier this month", "six months ago").
 */
export type TemporalKind = 'date' | 'range' | 'duration' | 'relative';

/** How a stated length is qualified: "at least seven months", "about a year", "nearly two weeks" (`at most`). */
export type DurationBound = CountBound;

/** A length of time an expression states. */
export interface StatedDuration {
  /** ISO 8601 duration: `P7M`, `P2W`, `P3D`, `P1Y`, `P10Y` (a decade). */
  readonly iso: string;
  /** Set when the text qualifies the length or states it vaguely ("a few weeks" is about three). */
  readonly bound?: DurationBound;
}

/** A temporal expression found in a text and normalised against a reference date. */
export interface TemporalExpression {
  /** Where the expression starts in the searched string (a JS string index). */
  readonly start: number;
  /** Where it ends (exclusive). */
  readonly end: number;
  /** The matched words, `text.slice(start, end)`. */
  readonly text: string;
  /**
   * The span it stands for, with `expression` the matched words and `explicit` true only
   * when the text states the span fully (an absolute date with its year). `null` when it
   * needs a reference date and none was given — or when nothing at all can be said, as for
   * a past "lasted for two weeks" (ended by the reference) against a window with no end.
   */
  readonly time: TimeSpan | null;
  readonly kind: TemporalKind;
  /** Whether reading it needed the reference date (relative, year left out, "since March 3"). */
  readonly anchored: boolean;
  /** For durations and "… ago": the length stated. */
  readonly duration?: StatedDuration;
}
