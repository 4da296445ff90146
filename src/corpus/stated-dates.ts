import * as chrono from 'chrono-node';

/**
 * An absolute date written in a text: `October 7, 2023`, `March 2024`, a bare year after a
 * preposition (`in 2005`), or a day without its year (`on March 25`).
 */
export interface StatedDate {
  /** Where the date stands in the text that was searched. */
  index: number;
  text: string;
  /** The year as written; `null` when the text leaves it out ("on March 25"). */
  year: number | null;
  /** `null` for a bare year. */
  month: number | null;
  /** `null` for a bare year or a month ("in March 2024"). */
  day: number | null;
}

const WRITTEN_YEAR = /\b\d{4}\b/;
/** chrono-node does not read bare years; take those after a preposition of time ("in 2005"). */
const BARE_YEAR = /\b(?:in|since|during)\s+((?:19|20)\d{2})\b(?![.,]?\d)/gi;

/**
 * The absolute dates in `text`, in order. Relative expressions ("last week", "this past
 * Saturday") are left out: chrono-node resolves them against today, not the article, and
 * gives itself away by being sure of a year the text does not write.
 *
 * @example
 * statedDates('On March 25, as in 2005, and since October 7, 2023')
 * // [{ text: 'March 25', year: null, month: 3, day: 25, … }, { text: '2005', year: 2005, month: null, … }, { text: 'October 7, 2023', … }]
 */
export function statedDates(text: string): StatedDate[] {
  const dates: StatedDate[] = [];
  for (const { index, text: written, start } of chrono.parse(text)) {
    const month = start.isCertain('month') ? start.get('month') : null;
    const day = start.isCertain('day') ? start.get('day') : null;
    const yearWritten = start.isCertain('year') && WRITTEN_YEAR.test(written);
    const yearLeftOut = !start.isCertain('year') && day !== null;
    if (month !== null && (yearWritten || yearLeftOut)) {
      dates.push({ index, text: written, year: yearWritten ? start.get('year') : null, month, day });
    }
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const [whole, year = ''] = match;
    const index = match.index + whole.length - year.length;
    const inside = dates.some((d) => d.index <= index && index < d.index + d.text.length);
    if (!inside) dates.push({ index, text: year, year: Number(year), month: null, day: null });
  }
  return dates.sort((a, b) => a.index - b.index);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The canonical span value of a date's known parts, the year supplied when the text left
 * it out: `2023`, `2023-10`, `2023-10-07`.
 */
export function dateValue(date: Pick<StatedDate, 'year' | 'month' | 'day'>, year = date.year): string {
  const month = date.month === null ? '' : `-${pad(date.month)}`;
  const day = date.month === null || date.day === null ? '' : `-${pad(date.day)}`;
  return `${year}${month}${day}`;
}
