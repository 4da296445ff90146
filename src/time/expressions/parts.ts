import type { Candidate, Piece } from './candidate';
import { dayValue, lastDayOfMonthNumber, monthOf, monthValue, yearOf } from './calendar';
import { MONTH_NAME, monthNumber } from './data/calendar-words';
import { anchoredEnds, type Ends } from './resolution';
import { withinYear } from './within-year';

/** Which part of a month or year: "early", "mid", "late", or the ends ("the beginning of", "the end of"). */
type Part = 'early' | 'mid' | 'late' | 'beginning' | 'end';

const Y = '(?:1[89]|20)\\d{2}';
const YEAR_END = '(?![\\p{L}\\p{N}]|[.,:]\\d|[-–—]\\d)';
const PART = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:([Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+)|(?:[Tt]he\\s+)?(beginning|start|middle|end|close)\\s+of\\s+)' +
    `(?:(${MONTH_NAME})(?![\\p{L}\\p{N}])(?:,?\\s+(?:of\\s+)?(${Y})${YEAR_END})?(?!\\.?\\s*\\d)|(${Y})${YEAR_END}|(?:(this|next|last)\\s+|the\\s+)(month|year)\\b)`,
  'gu',
);

const PARTS: Readonly<Record<string, Part>> = {
  early: 'early', mid: 'mid', late: 'late', beginning: 'beginning', start: 'beginning', middle: 'mid', end: 'end', close: 'end',
};

/** Days of a month's part: early 1–10, mid 11–20, late 21 to the end; its beginning and end the same as early and late. */
function partOfMonth(year: number, month: number, part: Part): Ends {
  const last = lastDayOfMonthNumber(year, month);
  const [a, b] = part === 'early' || part === 'beginning' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return { from: dayValue(year, month, a), to: dayValue(year, month, b) };
}

/** Months of a year's part: early January–April, mid May–August, late September–December; its beginning January, its end December. */
function partOfYear(year: number, part: Part): Ends {
  if (part === 'beginning') return { from: monthValue(year, 1), to: monthValue(year, 1) };
  if (part === 'end') return { from: monthValue(year, 12), to: monthValue(year, 12) };
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { from: monthValue(year, a), to: monthValue(year, b) };
}

const OFFSETS: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1, the: 0 };

/**
 * Parts of months and years: "early March", "mid-March 2024", "late 2023", "the end of
 * the year", "the beginning of next month", "late last year". Early, mid and late thirds
 * of a month are days 1–10, 11–20 and 21 to the end; of a year January–April, May–August
 * and September–December; "the end of" a year is December and of a month its last third.
 * The edges are conventions, so the text never states the span fully (`explicit` false).
 *
 * @example
 * partsOfPeriods(piece('Fighting resumed in late 2023.'))  // "late 2023": 2023-09/2023-12
 */
export function partsOfPeriods(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(PART)].flatMap((m) => {
    const [whole, short, long, monthName, monthYear, year, relative, unit] = m;
    const part = PARTS[(short ?? long ?? '').toLowerCase()];
    if (!part) return [];
    const start = m.index;
    const end = start + whole.length;
    if (monthName) {
      const month = monthNumber(monthName);
      if (month === undefined) return [];
      const inYear = (y: number) => partOfMonth(y, month, part);
      const found = withinYear({ start, end, year: monthYear ? Number(monthYear) : null, inYear, tense: piece.tenseAt(start, end), exact: false });
      return found ? [found] : [];
    }
    if (year) {
      const found = withinYear({ start, end, year: Number(year), inYear: (y) => partOfYear(y, part), tense: null, exact: false });
      return found ? [found] : [];
    }
    const offset = OFFSETS[(relative ?? 'the').toLowerCase()] ?? 0;
    const resolve = anchoredEnds((reference) => {
      if (unit === 'year') return partOfYear(Number(yearOf(reference, offset)), part);
      const [y, mo] = monthOf(reference, offset).split('-').map(Number);
      return partOfMonth(y ?? 0, mo ?? 1, part);
    });
    return [{ start, end, kind: 'relative' as const, anchored: true, explicit: false, resolve }];
  });
}

