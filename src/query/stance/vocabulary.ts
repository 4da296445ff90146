import { PREDICATES } from '../../extract/claims/vocabulary/predicates';
import type { PredicateDefinition } from '../../model/predicate';
import type { StanceOptions } from './types';

/** The options' vocabulary (default: the built-in predicates) by predicate id. */
export function vocabularyOf(options: StanceOptions): Map<string, PredicateDefinition> {
  return new Map((options.predicates ?? PREDICATES).map((p) => [p.id, p]));
}
