import type { PredicateDefinition } from '../../model/predicate';
import type { ReferenceFact } from '../../query/contradictions/types';

/** What the contradiction queries read from the options of `sparqlContradictions`. */
export interface ContradictionQueryOptions {
  /** The predicate vocabulary whose symmetric, inverse, contrary and functional fields drive the rules (default `PREDICATES`). */
  predicates?: readonly PredicateDefinition[];
  /** Dated facts added to the entities' own roles for the anachronism check. */
  reference?: readonly ReferenceFact[];
  /** Relative tolerance around an exactly stated number (default `0.02`). */
  tolerance?: number;
  /** Relative width of "about v" (default `0.1`). */
  approximateTolerance?: number;
  /** Ignore claims whose confidence is below this (default `0`). */
  minConfidence?: number;
  /** Read only this named graph (default: the store's default graph). */
  graph?: string;
}
