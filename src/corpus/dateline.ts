import type { TextSpan } from '../model/document';
import { isTimeSpanString } from '../time/timespan';
import { DATELINE_WORDS } from './data/date-cues';
import { bodyStart, wordsOf, type Line } from './lines';
import { dateValue, statedDates } from './stated-dates';

/** One calendar day a dateline's date can mean, and the field order that gives it. */
export interface DatelineReading {
  /** `YYYY-MM-DD`. */
  day: string;
  /** How the date was read: numeric day-first or month-first, ISO, or with the month written out. */
  order: 'DD/MM' | 'MM/DD' | 'ISO' | 'written';
}

/** A byline line that carries the publication date, such as `Báo Quốc Tế27/03/2024`. */
export interface Dateline {
  /** The whole line. */
  line: Line;
  /** The date as written on it. */
  date: TextSpan;
  /** The name printed before the date (an exact doubling collapsed), `null` when none or a byline ("By …"). */
  outlet: string | null;
  /** The days the date can mean: one, or two when both DD/MM and MM/DD fit (`05/04/2024`). */
  readings: [DatelineReading] | [DatelineReading, DatelineReading];
}

const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}\b/g;
const BYLINE_WORDS = new Set(DATELINE_WORDS);

interface DateMatch extends Pick<Dateline, 'readings'> {
  index: number;
  text: string;
}

function numericDate(text: string): DateMatch | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const [first = 0, second = 0, year = 0] = [match[1], match[3], match[4]].map(Number);
  const dayFirst: DatelineReading = { day: dateValue({ year, month: second, day: first }), order: 'DD/MM' };
  const monthFirst: DatelineReading = { day: dateValue({ year, month: first, day: second }), order: 'MM/DD' };
  const [one, other] = (first === second ? [dayFirst] : [dayFirst, monthFirst]).filter((r) => isTimeSpanString(r.day));
  if (!one) return null;
  return { index: match.index, text: match[0], readings: other ? [one, other] : [one] };
}

function isoDate(text: string): DateMatch | null {
  const match = ISO_DATE.exec(text);
  if (!match || !isTimeSpanString(match[0])) return null;
  return { index: match.index, text: match[0], readings: [{ day: match[0], order: 'ISO' }] };
}

function writtenDate(text: string): DateMatch | null {
  const found = statedDates(text).find((date) => date.year !== null && date.day !== null);
  return found ? { index: found.index, text: found.text, readings: [{ day: dateValue(found), order: 'written' }] } : null;
}

/** A dateline holds, besides its date, only names, times and byline words ("By", "Published", "am"). */
function isBylineRest(rest: string): boolean {
  const words = wordsOf(rest.replace(TIME_OF_DAY, ' ')).filter((word) => /\p{L}/u.test(word));
  return words.length <= 12 && words.every((word) => /^\p{Lu}/u.test(word) || BYLINE_WORDS.has(word.toLowerCase()));
}

/** The name before the date: separators trimmed, an exact doubling collapsed, bylines and labels dropped. */
function outletBefore(prefix: string): string | null {
  const name = prefix.replace(/^[\s|,;:–—•·-]+|[\s|,;:–—•·-]+$/g, '');
  if (!name || /^by\b/i.test(name)) return null;
  if (wordsOf(name).every((word) => BYLINE_WORDS.has(word.toLowerCase().replace(/\P{L}+$/u, '')))) return null;
  const half = name.length / 2;
  return Number.isInteger(half) && name.slice(0, half) === name.slice(half) ? name.slice(0, half).trim() : name;
}

/**
 * Reads one line as a dateline: a full date (numeric `27/03/2024`, ISO `2024-03-27`, or
 * written `March 5, 2024`) with nothing else on the line but names, times and byline words.
 * Returns `null` for anything else, e.g. a headline that mentions a date.
 *
 * @example
 * readDateline(splitLines('Reuters | 05/04/2024')[0]!)
 * // { outlet: 'Reuters', readings: [{ day: '2024-04-05', order: 'DD/MM' }, { day: '2024-05-04', order: 'MM/DD' }], … }
 */
export function readDateline(line: Line): Dateline | null {
  const found = numericDate(line.text) ?? isoDate(line.text) ?? writtenDate(line.text);
  if (!found) return null;
  const before = line.text.slice(0, found.index);
  const after = line.text.slice(found.index + found.text.length);
  if (!isBylineRest(`${before} ${after}`)) return null;
  const start = line.start + found.index;
  return {
    line,
    date: { start, end: start + found.text.length, text: found.text },
    outlet: outletBefore(before),
    readings: found.readings,
  };
}

/**
 * Finds the dateline among the lines above the article body, if there is one.
 *
 * @example
 * findDateline(splitLines('Title of the story\n\nBáo Quốc TếBáo Quốc Tế27/03/2024\n\nBody text that runs on for a while.'))
 * // { outlet: 'Báo Quốc Tế', readings: [{ day: '2024-03-27', order: 'DD/MM' }], … }
 */
export function findDateline(lines: readonly Line[]): Dateline | null {
  for (const line of lines.slice(0, bodyStart(lines))) {
    const dateline = readDateline(line);
    if (dateline) return dateline;
  }
  return null;
}
