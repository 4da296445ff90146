import type { Role } from '../../model/entity';
import type { PredicateDefinition } from '../../model/predicate';

/** The kinds of contradiction {@link contradictions} finds, in the order results are sorted. */
export const CONTRADICTION_KINDS = ['polarity', 'attribution', 'contrary', 'numeric', 'anachronism'] as const;

/**
 * - `polarity`: one claim affirms what another denies.
 * - `attribution`: the same, where two different named speakers disagree.
 * - `contrary`: contrary predicates ("praises" / "condemns") for one pair over overlapping time.
 * - `numeric`: incompatible figures for a single-valued predicate ("more than 1,400" / "about 1,200" killed).
 * - `anachronism`: a claim about who holds an office that dated reference facts contradict ("former President" while in office).
 */
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

/**
 * `hard`: both claims are stated as fact (asserted or reported) for the same valid time.
 * `soft`: a claim is only hoped, planned or hypothetical, or the times agree only in
 * that both were reported in the same period.
 */
export type ContradictionSeverity = 'hard' | 'soft';

/**
 * A dated fact claims are checked against: an entity held a role (office, term).
 *
 * @example
 * const fact: ReferenceFact = { entity: trump.id, role: { title: 'President', of: usa.id, term: parseTimeSpan('2025-01-20/..') } };
 */
export interface ReferenceFact {
  /** IRI of the entity holding the role. */
  entity: string;
  role: Role;
}

/**
 * A conflict between claims, kept as a record: no claim is deleted or invalidated.
 *
 * @example
 * {
 *   id: 'urn:claimgraph:contradiction/3f1c…',
 *   kind: 'polarity',
 *   severity: 'hard',
 *   assertions: ['urn:claimgraph:assertion/9a…', 'urn:claimgraph:assertion/04…'],
 *   explanation: '001_b.txt denies that Russia vetoes Resolution 2728 (2024-03-22; "Russia did not veto the draft"), but 000_a.txt affirms that Russia vetoes Resolution 2728 (2024-03-22; "Russia vetoed the draft").',
 * }
 */
export interface Contradiction {
  /** Stable IRI: `<base>contradiction/<hash of kind and sorted assertion IRIs>`. */
  id: string;
  kind: ContradictionKind;
  severity: ContradictionSeverity;
  /** IRIs of the claims involved, the conflicting claim first (at least one). */
  assertions: string[];
  /** For an anachronism: the dated fact the claim conflicts with. */
  reference?: ReferenceFact;
  /** One or two sentences naming the sources (or the reference fact) and quoting the evidence. */
  explanation: string;
}

/** Options for {@link contradictions}. */
export interface ContradictionOptions {
  /** Which kinds to look for (default: all of {@link CONTRADICTION_KINDS}). */
  kinds?: readonly ContradictionKind[];
  /** The predicate vocabulary whose symmetric, inverse, contrary and functional fields drive the rules (default `PREDICATES`). */
  predicates?: readonly PredicateDefinition[];
  /** Dated facts added to the entities' own roles for the anachronism check. */
  reference?: readonly ReferenceFact[];
  /**
   * Relative tolerance around an exactly stated number (default `0.02`): "1,139" and
   * "1,140" agree, 45 and 47 do not. Bounded figures ("at least 45") have no tolerance.
   */
  tolerance?: number;
  /** Relative width of "about v" (default `0.1`: v ± 10%). */
  approximateTolerance?: number;
  /** Ignore claims whose confidence is below this (default `0`). */
  minConfidence?: number;
}
