/**
 * How sure a match must be. A span known only to the month or year, or with an open
 * end, may or may not match a date: `certain` keeps what surely matches, `possible` also
 * what may.
 */
export type Certainty = 'certain' | 'possible';

/** Options for {@link asOf}. */
export interface AsOfOptions {
  /** `certain` (default): sources surely published by the date; `possible`: also those that may have been. */
  include?: Certainty;
}

/** Options for {@link validAt}. */
export interface ValidAtOptions {
  /** `certain` (default): claims surely holding on the day; `possible`: also those that may. */
  include?: Certainty;
}
