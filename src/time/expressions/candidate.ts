import type { Ends, Resolver } from './resolution';
import type { Tense } from './tense';
import type { StatedDuration, TemporalKind } from './types';

/**
 * An expression one rule found, before overlaps are settled and the reference applied.
 * Offsets are within the piece of text the rule was given.
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly kind: TemporalKind;
  /** Whether reading it needs the reference date. */
  readonly anchored: boolean;
  /** Whether the text states the span fully (see {@link TimeSpan.explicit}). */
  readonly explicit: boolean;
  readonly resolve: Resolver;
  /** The same expression read in a clause of the given tense ("since Tuesday" is always past). */
  readonly withTense?: (tense: Tense | null) => Resolver;
  /** The year the text writes, for an expression within one year ("March 2024"). */
  readonly year?: number;
  /** The expression put in a given year, for one whose text names a month or day ("March 25"). */
  readonly inYear?: (year: number) => Ends | null;
  readonly duration?: StatedDuration;
}

/** A rule: the candidates it finds in one piece of text. */
export type Rule = (piece: Piece) => Candidate[];

/** A sentence-sized piece of the searched text, with what rules need to know about it. */
export interface Piece {
  readonly text: string;
  /** Where the piece starts in the searched text. */
  readonly offset: number;
  /** The tense of the clause around `[start, end)` (piece offsets), from the nearest cue. */
  tenseAt(start: number, end: number): Tense | null;
}
