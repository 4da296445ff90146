import type { Candidate, Piece } from './candidate';
import { monthValue } from './calendar';
import { MONTH_NAME, monthNumber } from './data/calendar-words';
import { anchoredEnds, pointEnds } from './resolution';
import { withinYear } from './within-year';

// A month name not followed by a day or year (those are absolute dates).
const BARE_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_NAME})(?![\\p{L}\\p{N}])(?!\\.?,?\\s*\\d)`, 'gu');
const WORD_BEFORE = /(\p{L}+)\s+$/u;
// "to"/"and"/"or" make a month a date only after another: "from March to May", "in April and May".
const MONTH_BEFORE = new RegExp(`${MONTH_NAME}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?,?\\s+(?:to|and|or|until|till|through)\\s+$`, 'u');
const RANGE_AFTER = new RegExp(`^\\s+(?:to|and|until|till|through)\\s+${MONTH_NAME}`, 'u');

/** Words before which a month name is a month, not a name or a verb. */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'early', 'mid', 'late', 'last', 'next', 'this']);
/** More words that do, except before "May" ("a speech by May", "from May's office"). */
const NOT_MAY_CONTEXT = new Set(['by', 'from', 'of', 'between']);

/** The word before a month name that makes it a month, and where that word starts; `null` if none does. */
function monthContext(text: string, start: number, end: number, name: string): { previous: string; at: number } | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const match = WORD_BEFORE.exec(before);
  const previous = (match?.[1] ?? '').toLowerCase();
  const context = { previous, at: start - before.length + (match?.index ?? 0) };
  if (MONTH_CONTEXT.has(previous)) return context;
  if (['to', 'and', 'or', 'until', 'till', 'through'].includes(previous) && MONTH_BEFORE.test(before)) return context;
  if (!NOT_MAY_CONTEXT.has(previous)) return null;
  const range = (previous === 'from' || previous === 'between') && RANGE_AFTER.test(text.slice(end, end + 30));
  return name !== 'May' || range ? context : null;
}

/**
 * Month names standing alone, where the words around make them a month: "in March",
 * "since June", "from March to May", "last March" (the March before the reference's
 * month), "next March". "May" needs a stronger context than the others, being a name too.
 * The year comes from the reference and the clause's tense.
 *
 * @example
 * monthNames(piece('The talks began in March.'))  // "March", a month, year left out
 */
export function monthNames(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(BARE_MONTH)].flatMap((m) => {
    const name = m[1] ?? '';
    const month = monthNumber(name);
    const end = m.index + m[0].length;
    const context = month === undefined ? null : monthContext(piece.text, m.index, end, name);
    if (month === undefined || !context) return [];
    const { previous, at: start } = context;
    if (previous === 'last' || previous === 'next') {
      const step = previous === 'last' ? -1 : 1;
      // The nearest such month strictly before (after) the reference's month.
      const resolve = anchoredEnds((reference) => {
        const [year, current] = [Number(reference.slice(0, 4)), Number(reference.slice(5, 7))];
        const sameYear = step < 0 ? month < current : month > current;
        return pointEnds(monthValue(sameYear ? year : year + step, month));
      });
      return [{ start, end, kind: 'relative' as const, anchored: true, explicit: false, resolve }];
    }
    const inYear = (year: number) => pointEnds(monthValue(year, month));
    const candidate = withinYear({ start: m.index, end, year: null, inYear, tense: piece.tenseAt(m.index, end) });
    return candidate ? [candidate] : [];
  });
}
