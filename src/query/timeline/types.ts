import type { Assertion } from '../../model/assertion';
import type { AllenRelation } from '../../time/allen';
import type { TimeSpan } from '../../time/timespan';

/** Which time axis a timeline follows: when it happened, or when sources reported it. */
export type TimeAxis = 'valid' | 'recorded';

/** Options for {@link timeline}. Every filter given must hold (they combine with AND). */
export interface TimelineOptions {
  /** IRI of an entity that must be the subject or the object. */
  entity?: string;
  /** Two entity IRIs the assertion must relate, in either direction. */
  between?: readonly [string, string];
  /** Predicate id, e.g. `vetoes`. */
  predicate?: string;
  /** Keep dated assertions whose time shares at least one day with this span. */
  during?: TimeSpan;
  /** `valid` (default): when it held or happened; `recorded`: when its source published it. */
  by?: TimeAxis;
}

/** One dated assertion on a timeline. */
export interface TimelineEntry {
  /** The assertion, with its evidence and source. */
  assertion: Assertion;
  /** Its time on the chosen axis. */
  time: TimeSpan;
  /**
   * Index of its group, from 0. Entries of one group overlap in a chain, so their order
   * is not known; every entry of a later group lies wholly after every earlier group.
   */
  group: number;
  /** How its time stands to the previous entry's (`after`, `during`, `overlappedBy` …); `null` for the first. */
  relation: AllenRelation | null;
}

/** What {@link timeline} returns: a plain object that `JSON.stringify` writes in full. */
export interface Timeline {
  /** Dated assertions by earliest day, then latest day (open ends as infinities), then IRI. */
  entries: TimelineEntry[];
  /** Assertions that pass the filters but have no time on the chosen axis, by IRI. */
  undated: Assertion[];
}
