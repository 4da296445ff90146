import * as chrono from 'chrono-node';
import { compareStrings } from '../../util/compare-strings';
import type { Candidate, Piece } from './candidate';
import { dayValue } from './calendar';
import { MONTH_NAME, monthNumber } from './data/calendar-words';
import { joinRange } from './join-range';
import { fixedEnds } from './resolution';
import { monthDayCandidate, type MonthDay } from './within-year';

// chrono-node's strict parser reads days written with a month name or in ISO form; only
// run it where one may stand, which keeps prose without dates fast.
const CHRONO_TRIGGER = new RegExp(`${MONTH_NAME}\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}|\\d{4}-\\d{2}-\\d{2}`);
const CAPITALISED_MONTH = new RegExp(`(?<!\\p{L})${MONTH_NAME}(?!\\p{L})`, 'u');
const ISO_DAY = /\d{4}-\d{2}-\d{2}/;
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)/;
// chrono includes a leading preposition in some matches ("on 5 May").
const LEADING_WORD = /^(?:on|the|in|at|of)\s+/i;

const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_NAME})(?:,)?\\s+(?:of\\s+)?((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu');
const NUMERIC_DAY = /(?<![\d/.,])(\d{1,2})([/.])(\d{1,2})\2((?:1[89]|20)\d{2})(?![\d/]|[.,]\d)/g;
const ISO_SLASH_DAY = /(?<![\d/.,])((?:1[89]|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d)/g;

function monthDay(component: chrono.ParsedComponents, text: string): MonthDay | null {
  if (!component.isCertain('month')) return null;
  const month = component.get('month');
  if (month === null) return null;
  const year = component.isCertain('year') && WRITTEN_YEAR.test(text) ? component.get('year') : null;
  const day = component.isCertain('day') ? component.get('day') : null;
  const weekday = component.isCertain('weekday') ? component.get('weekday') : null;
  // chrono counts Sunday as 0; ISO as 7.
  return { year, month, day, weekday: weekday === null ? null : weekday || 7 };
}

function fromChrono(piece: Piece): Candidate[] {
  if (!CHRONO_TRIGGER.test(piece.text)) return [];
  // The reference day given to chrono-node does not matter: only what it is certain of is used.
  return chrono.strict.parse(piece.text, new Date(2000, 0, 1), { forwardDate: false }).flatMap((result) => {
    const lead = LEADING_WORD.exec(result.text)?.[0].length ?? 0;
    const text = result.text.slice(lead);
    if (!CAPITALISED_MONTH.test(text) && !ISO_DAY.test(text)) return [];
    const start = result.index + lead;
    const end = start + text.length;
    const tense = piece.tenseAt(start, end);
    const first = monthDay(result.start, text);
    // A month alone ("in March") is left to the month rule, which looks at its context.
    if (!first || (first.day === null && first.year === null)) return [];
    const from = monthDayCandidate(start, end, first, tense);
    const last = result.end ? monthDay(result.end, text) : null;
    if (!from) return [];
    if (!last) return [from];
    const to = monthDayCandidate(start, end, last, tense);
    const joined = to && joinRange(from, to, tense);
    return joined ? [{ start, end, kind: 'range' as const, ...joined }] : [from];
  });
}

function monthsWithYear(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(MONTH_YEAR)].flatMap((m) => {
    const month = monthNumber(m[1] ?? '');
    if (month === undefined) return [];
    const start = m.index;
    const end = start + m[0].length;
    const candidate = monthDayCandidate(start, end, { year: Number(m[2]), month, day: null }, null);
    return candidate ? [candidate] : [];
  });
}

function numericDays(piece: Piece): Candidate[] {
  const found: Candidate[] = [];
  for (const m of piece.text.matchAll(NUMERIC_DAY)) {
    const [whole, a = '', separator, b = '', y = ''] = m;
    const year = Number(y);
    // Dotted dates are day-first everywhere they are written; slashed ones may be either.
    const dayFirst = dayValue(year, Number(b), Number(a));
    const monthFirst = separator === '/' ? dayValue(year, Number(a), Number(b)) : null;
    const readings = [dayFirst, monthFirst].filter((d): d is string => d !== null).sort(compareStrings);
    const [earlier, later = earlier] = readings;
    if (!earlier) continue;
    found.push({
      start: m.index,
      end: m.index + whole.length,
      kind: 'date',
      anchored: false,
      // Both orders give a day: the span covers both and the text does not say which.
      explicit: earlier === later,
      resolve: fixedEnds({ from: earlier, to: later ?? earlier }),
      year,
    });
  }
  for (const m of piece.text.matchAll(ISO_SLASH_DAY)) {
    const day = dayValue(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, kind: 'date', anchored: false, explicit: true, resolve: fixedEnds({ from: day, to: day }), year: Number(m[1]) });
  }
  return found;
}

/**
 * Absolute dates: days written with a month name, in the usual English and European
 * orders ("October 7, 2023", "7 October 2023", "Oct. 7", "the 7th of October"), day
 * ranges ("March 3-5, 2024"), ISO days (read by chrono-node's strict parser), months
 * with a year ("March 2024") and numeric days with a four-digit year ("27/03/2024";
 * "03/04/2024" covers both readings). A day without its year takes one from the
 * reference, as the tense of its clause suggests.
 *
 * @example
 * absoluteDates(piece('He left on October 7, 2023.'))  // one candidate, "October 7, 2023", 2023-10-07
 */
export function absoluteDates(piece: Piece): Candidate[] {
  return [...fromChrono(piece), ...monthsWithYear(piece), ...numericDays(piece)];
}
