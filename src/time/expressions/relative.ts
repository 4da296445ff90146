import type { Candidate, Piece } from './candidate';
import { firstDayOf, isoWeekday, lastDayOf, monthOf, shiftDay, weekOf, yearOf } from './calendar';
import { WEEKDAY_NAME, weekdayNumber } from './data/calendar-words';
import { anchoredEnds, pointEnds, type Ends, type Resolver } from './resolution';
import type { Tense } from './tense';

const DAY_WORDS = /(?<![\p{L}\p{N}])(?:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))(?![\p{L}\p{N}])/giu;
const DAY_OFFSETS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2, 'yesterday': -1, 'last night': -1, 'today': 0, 'tonight': 0,
  'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'tomorrow': 1, 'the day after tomorrow': 2,
};
// "the last week" and "the next month" are durations, not calendar units; so is "this past
// week" (the seven days to the reference), though "this past weekend" is the last weekend.
const UNIT = /(?<![\p{L}\p{N}])(?<!\bthe\s+)(last|this|next|this coming|this past(?=\s+weekend))\s+(week|month|year|weekend)(?![\p{L}\p{N}])/giu;
const THE_WEEKEND = /(?<![\p{L}\p{N}])(?:over|at|on|during)\s+(the weekend)(?![\p{L}\p{N}])/giu;
const EARLIER_LATER = /(?<![\p{L}\p{N}])(earlier|later)\s+(?:this|in the)\s+(week|month|year)(?![\p{L}\p{N}])/giu;
const WEEKDAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his|[Pp]ast|[Cc]oming)\\s+)?(${WEEKDAY_NAME})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Capitalised words that may stand before a weekday without making it part of a name ("Good Friday"). */
const WEEKDAY_LEAD = new Set(['On', 'Last', 'Next', 'This', 'Since', 'Until', 'Till', 'By', 'Before', 'After', 'From', 'Through', 'Between', 'And', 'Or', 'Late', 'Early']);
const CAPITALISED_BEFORE = /(\p{Lu}\p{L}*)\s+$/u;
const NAME_AFTER = /^\s+(?:Times|Telegraph|Mail|Express|Mirror|Post|Herald|Tribune|Independent|Night|Agreement|Sermon|Service)\b/u;
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i;

const days = (day: string): Ends => pointEnds(day);

function dayWords(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(DAY_WORDS)].flatMap((m) => {
    // "USA Today" is a newspaper.
    if (/USA\s+$/.test(piece.text.slice(Math.max(0, m.index - 4), m.index))) return [];
    const offset = DAY_OFFSETS[m[0].toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    const resolve = anchoredEnds((reference) => days(shiftDay(reference, offset, 'day')));
    return [{ start: m.index, end: m.index + m[0].length, kind: 'relative' as const, anchored: true, explicit: false, resolve }];
  });
}

/** The weekend (Saturday and Sunday) of the week `offset` weeks from the reference's. */
function weekend(reference: string, offset: number): Ends {
  const { first } = weekOf(reference, offset);
  return { from: shiftDay(first, 5, 'day'), to: shiftDay(first, 6, 'day') };
}

/** A calendar unit `offset` units from the reference's: the week (Monday–Sunday), month or year. */
function unitAt(unit: string, reference: string, offset: number): Ends {
  if (unit === 'week') {
    const { first, last } = weekOf(reference, offset);
    return { from: first, to: last };
  }
  if (unit === 'weekend') return weekend(reference, offset);
  if (unit === 'month') return pointEnds(monthOf(reference, offset));
  return pointEnds(yearOf(reference, offset));
}

/** The first and last day of the reference's week, month or year. */
function unitDays(unit: string, reference: string): { first: string; last: string } {
  if (unit === 'week') return weekOf(reference);
  const value = unit === 'month' ? reference.slice(0, 7) : reference.slice(0, 4);
  return { first: firstDayOf(value), last: lastDayOf(value) };
}

function units(piece: Piece): Candidate[] {
  const found: Candidate[] = [];
  for (const m of piece.text.matchAll(UNIT)) {
    const which = (m[1] ?? '').toLowerCase();
    const offset = which === 'last' || which === 'this past' ? -1 : which === 'this' ? 0 : 1;
    const unit = (m[2] ?? '').toLowerCase();
    const resolve = anchoredEnds((reference) => unitAt(unit, reference, offset));
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'relative', anchored: true, explicit: false, resolve });
  }
  for (const m of piece.text.matchAll(THE_WEEKEND)) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    const future = piece.tenseAt(start, end) === 'future';
    // A past (or tenseless) clause means the weekend just gone, or the one under way.
    const resolve = anchoredEnds((reference) => {
      const weekday = isoWeekday(reference);
      return weekend(reference, future || weekday >= 6 ? 0 : -1);
    });
    found.push({ start, end, kind: 'relative', anchored: true, explicit: false, resolve });
  }
  for (const m of piece.text.matchAll(EARLIER_LATER)) {
    const later = (m[1] ?? '').toLowerCase() === 'later';
    const unit = (m[2] ?? '').toLowerCase();
    const resolve = anchoredEnds((reference) => {
      const { first, last } = unitDays(unit, reference);
      return later ? { from: reference, to: last } : { from: first, to: reference };
    });
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'relative', anchored: true, explicit: false, resolve });
  }
  return found;
}

/** How a weekday is reached from the reference: the most recent or the next, the reference day itself allowed or not. */
type WeekdayDirection = 'on or before' | 'before' | 'on or after' | 'after';

function weekdayResolver(weekday: number, direction: WeekdayDirection): Resolver {
  return anchoredEnds((reference) => {
    const today = isoWeekday(reference);
    if (direction === 'on or before' || direction === 'before') {
      const back = (today - weekday + 7) % 7 || (direction === 'before' ? 7 : 0);
      return days(shiftDay(reference, -back, 'day'));
    }
    const ahead = (weekday - today + 7) % 7 || (direction === 'after' ? 7 : 0);
    return days(shiftDay(reference, ahead, 'day'));
  });
}

/** The direction for a weekday with no "last" or "next", from the clause's tense; news reports the past by default. */
const fromTense = (tense: Tense | null): WeekdayDirection => (tense === 'future' ? 'on or after' : 'on or before');

function weekdays(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(WEEKDAY)].flatMap((m) => {
    const [whole, which, name = ''] = m;
    const weekday = weekdayNumber(name);
    const before = piece.text.slice(Math.max(0, m.index - 30), m.index);
    const lead = CAPITALISED_BEFORE.exec(before)?.[1];
    const partOfName = !which && lead !== undefined && !WEEKDAY_LEAD.has(lead);
    if (weekday === undefined || partOfName || RECURRING_BEFORE.test(before) || NAME_AFTER.test(piece.text.slice(m.index + whole.length))) return [];
    const start = m.index;
    const end = start + whole.length;
    const fixed: Record<string, WeekdayDirection> = { last: 'before', past: 'before', 'this past': 'before', next: 'after', coming: 'after', 'this coming': 'after' };
    const stated = fixed[(which ?? '').toLowerCase()];
    const withTense = (tense: Tense | null) => weekdayResolver(weekday, stated ?? fromTense(tense));
    return [{ start, end, kind: 'relative' as const, anchored: true, explicit: false, resolve: withTense(piece.tenseAt(start, end)), withTense }];
  });
}

/**
 * Dates named from the reference: "yesterday", "today", "last night", "tomorrow"; "last
 * week", "this month", "next year", "last weekend", "over the weekend" (weeks run Monday
 * to Sunday); "earlier this month", "later this year" (from the unit's start to the
 * reference, or from the reference to its end); and weekdays. "last Tuesday" and "this
 * past Saturday" are the most recent before the reference, "next Tuesday" the first
 * after; a weekday alone ("on Saturday", "said Tuesday") takes its direction from the
 * tense of its clause — the most recent on or before the reference in a past or
 * tenseless clause (wire copy names the day of publication by its weekday), the next on
 * or after it in a future one.
 *
 * @example
 * relativeDates(piece('Blinken arrived on Saturday.'))  // "Saturday": the Saturday on or before the reference
 */
export function relativeDates(piece: Piece): Candidate[] {
  return [...dayWords(piece), ...units(piece), ...weekdays(piece)];
}
