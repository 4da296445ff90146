import type { Candidate, Piece } from './candidate';
import { firstDayOf, stepValue } from './calendar';
import { joinRange } from './join-range';
import type { Ends, Resolver } from './resolution';

const PREFIX = /(?<![\p{L}\p{N}])(since|until|till|through|by|before|after|up to|from|between)\s+$/iu;
const BETWEEN_GAP = /^,?\s+and\s+$/i;
const FROM_GAP = /^,?\s*(?:to|until|till|through|into|[-–—])\s*$/i;
const ONWARDS = /^\s+onwards?(?![\p{L}\p{N}])/iu;
const UNTIL_NOW = /^\s+(?:to|until|till|through)\s+(?:now|today|the present|date|this day)(?![\p{L}\p{N}])/iu;

/** Kinds that can be an end of a range: one calendar unit or a date told from the reference. */
const canBeEnd = (candidate: Candidate): boolean => candidate.kind === 'date' || candidate.kind === 'relative';

/** "since X": from the start of X up to the reference (or open, with no reference). */
function since(read: Resolver): Resolver {
  return (reference) => {
    const start = read(reference);
    if (!start?.from) return null;
    if (reference === null) return { from: start.from, to: null };
    // A start after the reference ("since next week") ends with itself, not before it began.
    return { from: start.from, to: reference < firstDayOf(start.from) ? start.to : reference };
  };
}

/** The ends of a range from the ends of X, for the words before it. */
function bounded(read: Resolver, word: string): Resolver {
  return (reference) => {
    const ends = read(reference);
    if (!ends) return null;
    if (word === 'before') return ends.from ? { from: null, to: stepValue(ends.from, -1) } : null;
    if (word === 'after') return ends.to ? { from: stepValue(ends.to, 1), to: null } : null;
    return { from: null, to: ends.to };
  };
}

function onwards(read: Resolver): Resolver {
  return (reference) => {
    const ends: Ends | null = read(reference);
    return ends?.from ? { from: ends.from, to: null } : null;
  };
}

/**
 * Ranges built around dates already found, by the words that join them: "since February
 * 24" (to the reference; a left-out year is read as past), "until June", "through 2019",
 * "by 2030" and "by the end of the year" (open start up to the end of the date),
 * "before 2014" (open start up to the year before), "after March 3", "from 2014
 * onwards", "from 2014 until now", "between March 3 and May 5, 2024" and "from March to
 * May 2024" (a year written once serves both ends). Each range spans its words and
 * dates, so it wins over the dates inside it.
 *
 * @example
 * joinedRanges(piece('Since February 24, prices rose.'), dates)  // "Since February 24": 2024-02-24 up to the reference
 */
export function joinedRanges(piece: Piece, atoms: readonly Candidate[]): Candidate[] {
  const ends = atoms.filter(canBeEnd);
  const byStart = new Map<number, Candidate[]>();
  for (const atom of ends) byStart.set(atom.start, [...(byStart.get(atom.start) ?? []), atom]);
  const found: Candidate[] = [];
  for (const atom of ends) {
    const prefix = PREFIX.exec(piece.text.slice(Math.max(0, atom.start - 12), atom.start));
    if (!prefix) continue;
    const word = (prefix[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const start = atom.start - prefix[0].length;
    const after = piece.text.slice(atom.end, atom.end + 40);
    if (word === 'since') {
      const read = atom.withTense?.('past') ?? atom.resolve;
      found.push({ start, end: atom.end, kind: 'range', anchored: true, explicit: false, resolve: since(read) });
    } else if (word === 'from' || word === 'between') {
      const onward = word === 'from' ? ONWARDS.exec(after) ?? UNTIL_NOW.exec(after) : null;
      if (onward) {
        const end = atom.end + onward[0].length;
        // "from 2014 onwards" states an open end; "from 2014 until now" ends at the reference.
        const range = /onward/i.test(onward[0])
          ? { resolve: onwards(atom.resolve), anchored: atom.anchored, explicit: atom.explicit }
          : { resolve: since(atom.resolve), anchored: true, explicit: false };
        found.push({ start, end, kind: 'range', ...range });
      }
      found.push(...toSecond(piece, atom, start, word === 'between' ? BETWEEN_GAP : FROM_GAP, byStart));
    } else {
      found.push({ start, end: atom.end, kind: 'range', anchored: atom.anchored, explicit: atom.explicit, resolve: bounded(atom.resolve, word) });
    }
  }
  return found;
}

/** "between A and B", "from A to B": the ranges from `first` to a date after the joining word. */
function toSecond(piece: Piece, first: Candidate, start: number, gap: RegExp, byStart: Map<number, Candidate[]>): Candidate[] {
  const joiner = /^,?\s*(?:and|to|until|till|through|into|[-–—])\s*/i.exec(piece.text.slice(first.end, first.end + 12));
  if (!joiner || !gap.test(joiner[0])) return [];
  const seconds = byStart.get(first.end + joiner[0].length) ?? [];
  return seconds.flatMap((second) => {
    const joined = joinRange(first, second, piece.tenseAt(start, second.end));
    return joined ? [{ start, end: second.end, kind: 'range' as const, ...joined }] : [];
  });
}
