/**
 * Month names as news prose writes them: capitalised, in full or as an abbreviation
 * with its full stop ("Oct.", "Sept."). Lower-case "march" and "may" are verbs, and
 * "Mar" without a stop is a name, so neither counts. A regular-expression source.
 */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.)';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** The month number (1–12) of a month name or abbreviation ("Sept." → 9), `undefined` if it is none. */
export const monthNumber = (name: string): number | undefined => MONTHS[name.replace(/\.$/, '').toLowerCase()];

/** Weekday names, capitalised, as a regular-expression source. */
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** The ISO weekday (1 = Monday … 7 = Sunday) of a weekday name. */
export const weekdayNumber = (name: string): number | undefined => WEEKDAYS[name.toLowerCase()];

/** Unit words of durations and relative expressions, singular; a regular-expression source. */
export const UNIT_NAME = '(?:day|week|month|year|decade)';
