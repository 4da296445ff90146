import type { TimeSpan } from '../timespan';
import { absoluteDates } from './absolute';
import type { Candidate, Piece, Rule } from './candidate';
import { durations } from './durations';
import { monthNames } from './months';
import { partsOfPeriods } from './parts';
import { splitPieces } from './pieces';
import { joinedRanges } from './ranges';
import { readReference } from './reference';
import { relativeDates } from './relative';
import { endsToTimeSpan, resolveInWindow, type ReferenceWindow } from './resolution';
import { selectLongest } from './select';
import { findTenseCues, tenseAt, type TenseCue } from './tense';
import type { TemporalExpression } from './types';
import { yearExpressions } from './years';

/** Options for {@link findTemporalExpressions}. */
export interface FindTemporalExpressionsOptions {
  /**
   * The date relative expressions are read against, usually the article's publication
   * date: a day (`'2024-05-30'`), or a window when that is known only roughly
   * (`'2024-05-29/2024-06-05'`, `'2024-05-29/..'`), as a string or a {@link TimeSpan}.
   * Without one, expressions that need it are returned with `time: null`.
   */
  reference?: TimeSpan | string | null;
}

// From the most to the least specific: on a tie in length the earlier rule's reading wins.
const RULES: readonly Rule[] = [absoluteDates, yearExpressions, partsOfPeriods, monthNames, relativeDates, durations];

// Every rule needs a digit or one of these words; pieces without any are skipped unread.
const MAY_HOLD_TIME = /\d|day|week|month|year|decade|tomorrow|night|morning|afternoon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

function toExpression(text: string, offset: number, candidate: Candidate, window: ReferenceWindow | null): TemporalExpression {
  const start = offset + candidate.start;
  const end = offset + candidate.end;
  const words = text.slice(start, end);
  const time = endsToTimeSpan(resolveInWindow(candidate.resolve, window), words, candidate.explicit);
  return {
    start,
    end,
    text: words,
    time,
    kind: candidate.kind,
    anchored: candidate.anchored,
    ...(candidate.duration && { duration: candidate.duration }),
  };
}

/**
 * Finds the temporal expressions of English news prose and normalises each against a
 * reference date, with the granularity the words give and honest bounds: absolute dates
 * ("October 7, 2023", "March 25", "2023-10-07"), bare years and decades ("in 2005", "the
 * 1990s"), parts ("early March", "late 2023"), ranges ("between 2014 and 2016", "since
 * February 24", "by the end of the year"), durations ("for at least another seven
 * months", "in the past year") and relative dates ("yesterday", "last Tuesday", "on
 * Saturday", "six months ago"). A window reference reads relative expressions against
 * both of its ends — the earliest start from its earliest day, the latest end from its
 * latest — and an open end leaves the result open there.
 *
 * One expression per span (the longest), in text order. Prepositions that change the
 * span belong to it ("since 2014", "for two weeks", "by 2030"); others do not ("in 2005"
 * gives "2005", "on Saturday" gives "Saturday"). Left out on purpose: vague words
 * ("recently", "soon", "years ago"), times of day, seasons, and anaphoric dates told
 * from the story rather than the reference ("the day before", "the next day").
 *
 * @example
 * findTemporalExpressions('Officials said on Saturday that the war began in 2014.', { reference: '2025-11-17' })
 * // [{ text: 'Saturday', kind: 'relative', time: { value: '2025-11-15', … }, anchored: true, … },
 * //  { text: '2014', kind: 'date', time: { value: '2014', granularity: 'year', explicit: true, … }, anchored: false, … }]
 * @throws {TimeSpanError} when `reference` is a string that is not a span.
 */
export function findTemporalExpressions(text: string, options: FindTemporalExpressionsOptions = {}): TemporalExpression[] {
  const window = readReference(options.reference);
  const found: TemporalExpression[] = [];
  for (const range of splitPieces(text)) {
    const pieceText = text.slice(range.start, range.end);
    if (!MAY_HOLD_TIME.test(pieceText)) continue;
    let cues: TenseCue[] | null = null;
    const piece: Piece = {
      text: pieceText,
      offset: range.start,
      tenseAt: (start, end) => tenseAt((cues ??= findTenseCues(pieceText)), start, end),
    };
    const atoms = RULES.flatMap((rule) => rule(piece));
    for (const candidate of selectLongest([...atoms, ...joinedRanges(piece, atoms)])) {
      found.push(toExpression(text, range.start, candidate, window));
    }
  }
  return found;
}
