/** Whether a predicate expresses cooperation, hostility, or neither (CAMEO / PLOVER style). */
export type Valence = 'cooperative' | 'hostile' | 'neutral';

/**
 * One predicate of the vocabulary. Contradiction rules are derived from these fields
 * rather than written case by case.
 */
export interface PredicateDefinition {
  /** Local name, exported as `cg:<id>`, e.g. `meets`. */
  id: string;
  /** Human label, e.g. `meets with`. */
  label: string;
  /** What the predicate means, one sentence. */
  comment: string;
  /** CAMEO event code, where one exists (e.g. `036` for "express intent to meet"). */
  cameo?: string;
  /** PLOVER event type, where one exists (e.g. `CONSULT`). */
  plover?: string;
  valence: Valence;
  /** Predicate id meaning the same with subject and object swapped. */
  inverse?: string;
  /** Predicate ids that cannot hold for the same pair over the same time. */
  contrary?: string[];
  /** Single-valued for a subject at a given time (e.g. a casualty count for one event). */
  functional: boolean;
  /** Whether `a p b` implies `b p a` (meets, clashes with). */
  symmetric: boolean;
}
