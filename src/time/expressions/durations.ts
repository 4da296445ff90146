import type { Candidate, Piece } from './candidate';
import { shiftDay, weekOf, type CalendarUnit } from './calendar';
import { UNIT_NAME } from './data/calendar-words';
import { COUNT, readCount, type Count, type CountBound } from './numbers';
import { anchoredEnds, pointEnds, type Ends } from './resolution';
import type { StatedDuration } from './types';

const BOUND = '(?:at least|at most|more than|less than|fewer than|over|under|up to|about|around|roughly|approximately|nearly|almost|some|close to)';
const BOUNDS: Readonly<Record<string, CountBound>> = {
  'at least': 'at least', 'more than': 'at least', over: 'at least',
  'at most': 'at most', 'less than': 'at most', 'fewer than': 'at most', under: 'at most', 'up to': 'at most',
  nearly: 'at most', almost: 'at most', 'close to': 'at most',
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about',
};
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

// "for two weeks", "for at least another seven months", "for the past three years", "within two weeks".
const FOR = new RegExp(
  `${EDGE_BEFORE}(for|within)\\s+(?:(${BOUND})\\s+)?(?:(another|an additional|a further|the next|the coming|the past|the last|this past)\\s+)?(?:(${COUNT})\\s+)?(${UNIT_NAME})s?${EDGE_AFTER}`,
  'giu',
);
// "another seven months" without "for": "will last another seven months".
const ANOTHER = new RegExp(`${EDGE_BEFORE}(?:(${BOUND})\\s+)?(another|an additional|a further)\\s+(${COUNT})\\s+(${UNIT_NAME})s?${EDGE_AFTER}`, 'giu');
// "the past year", "the last three days", "the next two weeks", "this past week"; a leading "in"/"over" is left out.
const PAST_NEXT = new RegExp(
  `${EDGE_BEFORE}(the|this)\\s+(past|last|next|coming)\\s+(?:(${BOUND})\\s+)?(?:(${COUNT})\\s+)?(${UNIT_NAME})s?${EDGE_AFTER}`,
  'giu',
);
// "recent weeks", "coming days": vague, about three units.
const VAGUE = new RegExp(`${EDGE_BEFORE}(recent|coming)\\s+(day|week|month|year)s${EDGE_AFTER}`, 'giu');
// "six months ago", "more than a year ago", "a decade ago".
const AGO = new RegExp(`${EDGE_BEFORE}(?:(${BOUND})\\s+)?(${COUNT})\\s+(${UNIT_NAME})s?\\s+ago${EDGE_AFTER}`, 'giu');

/** Which way from the reference a duration runs, or `before` for one that ended by then at a time not known. */
type Way = 'back' | 'ahead' | 'before';

/** The length in calendar units, a decade counted as ten years. */
function length(count: Count, unit: string): { n: number; unit: CalendarUnit } {
  if (unit === 'decade') return { n: count.n * 10, unit: 'year' };
  return { n: count.n, unit: unit as CalendarUnit };
}

const ISO_LETTER: Readonly<Record<CalendarUnit, string>> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

function statedDuration(count: Count, unit: string, bound: CountBound | undefined): StatedDuration {
  const { n, unit: calendarUnit } = length(count, unit);
  const qualified = bound ?? count.bound;
  return { iso: `P${n}${ISO_LETTER[calendarUnit]}`, ...(qualified && { bound: qualified }) };
}

/** The days a duration covers from the reference; an "at least" duration leaves its far end open. */
function placed(count: Count, unit: string, way: Way, bound: CountBound | undefined) {
  const { n, unit: calendarUnit } = length(count, unit);
  const open = (bound ?? count.bound) === 'at least';
  return anchoredEnds((reference): Ends => {
    if (way === 'before') return { from: null, to: reference };
    if (way === 'ahead') return { from: reference, to: open ? null : shiftDay(reference, n, calendarUnit) };
    return { from: open ? null : shiftDay(reference, -n, calendarUnit), to: reference };
  });
}

function durationCandidate(start: number, end: number, count: Count, unit: string, way: Way, bound: CountBound | undefined): Candidate {
  return {
    start,
    end,
    kind: 'duration',
    anchored: true,
    explicit: false,
    resolve: placed(count, unit, way, bound),
    duration: statedDuration(count, unit, bound),
  };
}

const boundOf = (words: string | undefined): CountBound | undefined => (words ? BOUNDS[words.toLowerCase()] : undefined);
const AHEAD_WORDS = new Set(['another', 'an additional', 'a further', 'the next', 'the coming', 'next', 'coming']);

function forDurations(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(FOR)].flatMap((m) => {
    const [whole, lead = '', boundWords, which, countWords, unit = ''] = m;
    const direction = which?.toLowerCase();
    // "for years" says no length; "for the past year" and "for a year" do.
    const count = countWords ? readCount(countWords) : direction ? { n: 1 } : undefined;
    if (!count) return [];
    const start = m.index;
    const end = start + whole.length;
    const tense = piece.tenseAt(start, end);
    let way: Way;
    if (lead.toLowerCase() === 'within' || (direction && AHEAD_WORDS.has(direction))) way = 'ahead';
    else if (direction) way = 'back';
    else way = tense === 'future' ? 'ahead' : tense === 'perfect' ? 'back' : 'before';
    return [durationCandidate(start, end, count, unit.toLowerCase(), way, boundOf(boundWords))];
  });
}

function otherDurations(piece: Piece): Candidate[] {
  const found: Candidate[] = [];
  for (const m of piece.text.matchAll(ANOTHER)) {
    const count = readCount(m[3] ?? '');
    if (count) found.push(durationCandidate(m.index, m.index + m[0].length, count, (m[4] ?? '').toLowerCase(), 'ahead', boundOf(m[1])));
  }
  for (const m of piece.text.matchAll(PAST_NEXT)) {
    const [whole, , which = '', boundWords, countWords, unit = ''] = m;
    // "the past year" is one; "the coming weeks" a vague few, read as about three.
    const plural = /s$/i.test(whole);
    const count = countWords ? readCount(countWords) : plural ? { n: 3, bound: 'about' as const } : { n: 1 };
    // "the next day", "the last day of the summit": told from the story, not the reference.
    if (!count || (!countWords && !plural && unit.toLowerCase() === 'day')) continue;
    const way = ['next', 'coming'].includes(which.toLowerCase()) ? 'ahead' : 'back';
    found.push(durationCandidate(m.index, m.index + whole.length, count, unit.toLowerCase(), way, boundOf(boundWords)));
  }
  for (const m of piece.text.matchAll(VAGUE)) {
    const way = (m[1] ?? '').toLowerCase() === 'recent' ? 'back' : 'ahead';
    found.push(durationCandidate(m.index, m.index + m[0].length, { n: 3, bound: 'about' }, (m[2] ?? '').toLowerCase(), way, undefined));
  }
  return found;
}

/** The calendar unit around a day `n` units back: its week, month or year; a day stays a day. */
function around(reference: string, n: number, unit: CalendarUnit): Ends {
  const day = shiftDay(reference, -n, unit);
  if (unit === 'day') return pointEnds(day);
  if (unit === 'week') {
    const { first, last } = weekOf(day);
    return { from: first, to: last };
  }
  return pointEnds(unit === 'month' ? day.slice(0, 7) : day.slice(0, 4));
}

function agoDates(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(AGO)].flatMap((m) => {
    const count = readCount(m[2] ?? '');
    if (!count) return [];
    const unit = (m[3] ?? '').toLowerCase();
    const bound = boundOf(m[1]) ?? count.bound;
    const { n, unit: calendarUnit } = length(count, unit);
    // "more than a year ago" is before that; "less than a year ago" since then.
    const resolve = anchoredEnds((reference): Ends => {
      const then = around(reference, n, calendarUnit);
      if (bound === 'at least') return { from: null, to: then.to };
      if (bound === 'at most') return { from: then.from, to: reference };
      return then;
    });
    const duration = statedDuration(count, unit, boundOf(m[1]));
    return [{ start: m.index, end: m.index + m[0].length, kind: 'relative' as const, anchored: true, explicit: false, resolve, duration }];
  });
}

/**
 * Lengths of time and dates told by a length back from the reference. A duration runs
 * back from the reference ("the past year", "the last three days", "for the past
 * decade", "recent weeks", a present-perfect "has been held for two weeks") or ahead of
 * it ("for another seven months", "the next two weeks", "within a month", "the coming
 * days", a future "will stay for two weeks"); a simple past "lasted for two weeks" ended
 * by the reference at a time the text does not give. "At least" leaves the far end open.
 * "six months ago" is the month six months before the reference (weeks give their
 * Monday–Sunday week, years and decades their year).
 *
 * @example
 * durations(piece('Operations will continue for at least another seven months.'))
 * // "for at least another seven months": duration P7M at least, from the reference on
 */
export function durations(piece: Piece): Candidate[] {
  return [...forDurations(piece), ...otherDurations(piece), ...agoDates(piece)];
}
