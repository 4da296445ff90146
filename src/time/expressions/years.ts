import type { Candidate, Piece } from './candidate';
import { yearValue } from './calendar';
import {
  CHANGE_VERBS,
  COUNTED_NOUNS,
  EVENT_DETERMINERS,
  EVENT_NOUNS,
  NOT_PLURAL,
  OF_YEAR_NOUNS,
  YEAR_PREPOSITIONS,
} from './data/year-context';
import { fixedEnds, pointEnds } from './resolution';

// Years 1800–2099: wide enough for history in the news, narrow enough to leave most
// counts alone. Not glued to letters, digits, currency or separators ("$2024", "2,000",
// "A-2024"), and not a clock time ("at 2100 GMT").
const Y = '(?:1[89]|20)\\d{2}';
const BEFORE = "(?<![\\p{L}\\p{N}$€£¥#@,./:'’\\-])";
const AFTER = '(?![\\p{L}\\p{N}]|[.,:]\\d|[-–—]\\d|\\s*(?:%|GMT|UTC|BST|CET|EST|EDT|PST|hours?\\b|hrs\\b|h\\b|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|local time))';
const YEAR = new RegExp(`${BEFORE}(${Y})${AFTER}`, 'gu');
const LIST_NEXT = new RegExp(`^(?:,\\s*|,?\\s+(?:and|or)\\s+)(${Y})${AFTER}`, 'u');
const BETWEEN_YEARS = new RegExp(`(?<![\\p{L}\\p{N}])(between|from)\\s+(${Y})\\s+(?:and|to|until|till|through|into)\\s+(${Y})${AFTER}`, 'giu');
const DASH_YEARS = new RegExp(`${BEFORE}(${Y})\\s?[-–—]\\s?(${Y}|\\d{2})${AFTER}`, 'gu');
const DECADE = new RegExp(`${BEFORE}(?:(early|mid|late)(?:-|\\s+))?((?:1[89]|20)\\d0)['’]?s(?![\\p{L}\\p{N}])`, 'giu');

// The word right before, separated by spaces only ("in 2005", not "in, 2005"), and the one before it.
const WORDS_BEFORE = /(?:(\p{L}+)[^\p{L}\p{N}]+)?(\p{L}+)\s+$/u;
const WORDS_AFTER = /^\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?(?:\s+([\p{L}'’-]+))?(?:\s+([\p{L}'’-]+))?/u;
const POSSESSIVE = /^['’]s(?!\p{L})/u;
const ONWARDS = /^\s+onwards?(?!\p{L})/u;

/** The one or two words before `index`, lower-case (`['the', 'end']` before "of"). */
function wordsBefore(text: string, index: number): [string, string] {
  const match = WORDS_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  return [(match?.[1] ?? '').toLowerCase(), (match?.[2] ?? '').toLowerCase()];
}

/** Up to four words after `index`, as written. */
function wordsAfter(text: string, index: number): string[] {
  const match = WORDS_AFTER.exec(text.slice(index, index + 80));
  return match ? match.slice(1).filter((w): w is string => w !== undefined) : [];
}

/** Whether the word after a number shows it counts something ("2000 people", "in 2000 cities"). */
function countsSomething(next: string | undefined): boolean {
  if (!next || next !== next.toLowerCase()) return false;
  if (COUNTED_NOUNS.has(next)) return true;
  return next.length > 3 && /s$/.test(next) && !NOT_PLURAL.has(next) && !EVENT_NOUNS.has(next);
}

/** Whether the number at `[start, end)` of `text` stands where only a year fits. */
function inYearContext(text: string, start: number, end: number): boolean {
  const after = wordsAfter(text, end);
  if (POSSESSIVE.test(text.slice(end, end + 3))) return true;
  if (countsSomething(after[0])) return false;
  const [beforePrevious, previous] = wordsBefore(text, start);
  if (previous === 'from' && ONWARDS.test(text.slice(end, end + 12))) return true;
  if (YEAR_PREPOSITIONS.has(previous)) return !((previous === 'by' || previous === 'from') && CHANGE_VERBS.has(beforePrevious));
  if (previous === 'of') return OF_YEAR_NOUNS.has(beforePrevious);
  const possessive = /['’]s\s+$/.test(text.slice(Math.max(0, start - 4), start));
  if (EVENT_DETERMINERS.has(previous) || possessive) return after.some((w) => EVENT_NOUNS.has(w.toLowerCase()));
  return false;
}

const yearCandidate = (start: number, end: number, year: number): Candidate => ({
  start,
  end,
  kind: 'date',
  anchored: false,
  explicit: true,
  resolve: fixedEnds(pointEnds(yearValue(year))),
  year,
});

function bareYears(piece: Piece): Candidate[] {
  const found: Candidate[] = [];
  for (const m of piece.text.matchAll(YEAR)) {
    if (!inYearContext(piece.text, m.index, m.index + m[0].length)) continue;
    let end = m.index + m[0].length;
    found.push(yearCandidate(m.index, end, Number(m[1])));
    // A list after a year in context is years too: "in 2014, 2016 and 2018".
    for (let next = LIST_NEXT.exec(piece.text.slice(end, end + 20)); next; next = LIST_NEXT.exec(piece.text.slice(end, end + 20))) {
      const start = end + next[0].length - (next[1]?.length ?? 0);
      end += next[0].length;
      if (countsSomething(wordsAfter(piece.text, end)[0])) break;
      found.push(yearCandidate(start, end, Number(next[1])));
    }
  }
  return found;
}

const rangeCandidate = (start: number, end: number, from: number, to: number): Candidate => ({
  start,
  end,
  kind: 'range',
  anchored: false,
  explicit: true,
  resolve: fixedEnds({ from: yearValue(from), to: yearValue(to) }),
});

function yearRanges(piece: Piece): Candidate[] {
  const found: Candidate[] = [];
  for (const m of piece.text.matchAll(BETWEEN_YEARS)) {
    const [from, to] = [Number(m[2]), Number(m[3])];
    const [beforePrevious, previous] = wordsBefore(piece.text, m.index);
    const amount = m[1]?.toLowerCase() === 'from' && (CHANGE_VERBS.has(previous) || CHANGE_VERBS.has(beforePrevious));
    if (from < to && !amount && !countsSomething(wordsAfter(piece.text, m.index + m[0].length)[0])) {
      found.push(rangeCandidate(m.index, m.index + m[0].length, from, to));
    }
  }
  for (const m of piece.text.matchAll(DASH_YEARS)) {
    const from = Number(m[1]);
    const written = m[2] ?? '';
    // "2014-16": the second year shares the first one's century ("1998-01" the next one).
    // Two digits name a year only a few years on: "2024-03" is no range.
    let to = written.length === 2 ? from - (from % 100) + Number(written) : Number(written);
    if (to <= from && written.length === 2) to += 100;
    const span = to - from;
    if (span > 0 && span <= (written.length === 2 ? 10 : 100)) found.push(rangeCandidate(m.index, m.index + m[0].length, from, to));
  }
  return found;
}

// Early, mid and late decades: the first four years, the middle three, the last three.
const DECADE_PARTS: Readonly<Record<string, [number, number]>> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

function decades(piece: Piece): Candidate[] {
  return [...piece.text.matchAll(DECADE)].map((m) => {
    const first = Number(m[2]);
    const part = m[1]?.toLowerCase();
    const [a, b] = part ? (DECADE_PARTS[part] ?? [0, 9]) : [0, 9];
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'date' as const,
      anchored: false,
      // "the 1990s" states its span; "the early 1990s" only roughly.
      explicit: !part,
      resolve: fixedEnds({ from: yearValue(first + a), to: yearValue(first + b) }),
    };
  });
}

/**
 * Years written as bare numbers, which chrono-node leaves alone: a year after a
 * preposition of time ("in 2005", "since 2014", "by 2030", "the end of 2023"), before an
 * event noun ("the 2014 talks", "the 2008 financial crisis", "Israel's 2024 budget"), possessive ("2024's
 * vote"), in a list after such a year ("in 2014 and 2016"); year ranges ("between 2014
 * and 2016", "from 2014 to 2016", "2014–2016", "2014-16"); and decades ("the 1990s",
 * "the early 2010s"). Numbers that count ("2000 people", "in 2000 cities", "fell by
 * 2000"), codes ("Resolution 2728"), clock times ("at 2100 GMT") and amounts ("$2024")
 * are not years.
 *
 * @example
 * yearExpressions(piece('Resolution 2728 was adopted; in 2005, 2000 people left.'))  // only "2005"
 */
export function yearExpressions(piece: Piece): Candidate[] {
  return [...bareYears(piece), ...yearRanges(piece), ...decades(piece)];
}
