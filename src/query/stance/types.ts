import type { Assertion } from '../../model/assertion';
import type { PredicateDefinition, Valence } from '../../model/predicate';
import type { TimeSpan } from '../../time/timespan';

/** Options for {@link stanceHistory} and {@link stanceChanges}. */
export interface StanceOptions {
  /** The vocabulary giving each predicate its valence and contraries (default: the built-in `PREDICATES`). */
  predicates?: readonly PredicateDefinition[];
  /** Keep hypothetical, hoped and planned claims, marked `tentative` (default `true`). */
  tentative?: boolean;
}

/** A stance is cooperative or hostile; neutral predicates carry none. */
export type StanceValence = Exclude<Valence, 'neutral'>;

/** Which time a point is placed at: its valid time, or (when it has none) its source's publication. */
export type TimeBasis = 'valid' | 'recorded';

/** One claim bearing on the stance between two actors. */
export interface StancePoint {
  /** The assertion, with its evidence, source and direction (subject → object). */
  assertion: Assertion;
  valence: StanceValence;
  time: TimeSpan;
  timeBasis: TimeBasis;
  /** A hypothetical, hoped or planned claim: a stance announced rather than acted on. */
  tentative: boolean;
}

/** A run of consecutive points of one valence. */
export interface StancePeriod {
  valence: StanceValence;
  /** IRIs of its points' assertions, in order. */
  assertions: string[];
  /** The time of its first point. */
  first: TimeSpan;
  /** The time of its last point. */
  last: TimeSpan;
  /**
   * How it follows the previous period: `change` when the two points at the boundary
   * are strictly ordered, `unordered` when their spans overlap so which came first is
   * unknown (no change is claimed), `null` for the first period.
   */
  follows: 'change' | 'unordered' | null;
}

/** One side of a change: the period (or single claim) before or after it. */
export interface ChangeSide {
  valence: Valence;
  /** The predicates of its assertions, sorted. */
  predicates: string[];
  /** IRIs of its assertions, in time order. */
  assertions: string[];
}

/**
 * A change in a relationship, recorded like a contradiction but not one: both claims
 * stand, at different times. `stance`: the valence flipped between two strictly ordered
 * claims. `contrary`: the same actor went from one predicate to a contrary one (vetoes,
 * then abstains) at strictly ordered valid times.
 */
export interface StanceChange {
  /** Stable IRI: `<base>change/<hash of the kind and the two assertion IRIs>`. */
  id: string;
  kind: 'stance' | 'contrary';
  from: ChangeSide;
  to: ChangeSide;
  /** The two assertions at the change: the last before it, the first after it. */
  assertions: [string, string];
  /** One sentence naming both sources, their evidence and times. */
  explanation: string;
}

/** What {@link stanceHistory} returns: a plain object that `JSON.stringify` writes in full. */
export interface StanceHistory {
  /** The two actors, as asked. */
  a: string;
  b: string;
  /** The claims with a stance, in either direction, by time (earliest, latest, IRI). */
  points: StancePoint[];
  periods: StancePeriod[];
  /** The `stance` changes between the periods, in time order. */
  changes: StanceChange[];
  /** Claims with a stance but neither a valid nor a recorded time, by IRI. */
  undated: Assertion[];
}
