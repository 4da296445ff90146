import { QueryError } from '../../errors';
import { PREDICATES } from '../../extract/claims/vocabulary';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import { compareStrings } from '../../util/compare-strings';
import { anachronisms } from './anachronism';
import { attributionContradiction, speakersDisagree } from './attribution';
import { contraryContradictions } from './contrary';
import { numericContradictions } from './numeric';
import { opposedPairs, polarityContradiction } from './polarity';
import { groupClaims } from './claim-groups';
import type { Scan } from './shared';
import { CONTRADICTION_KINDS, type Contradiction, type ContradictionOptions } from './types';

const FN = 'contradictions';

function requireShare(value: number | undefined, field: string, max = Infinity): void {
  if (value !== undefined && !(value >= 0 && value <= max)) {
    throw new QueryError(`${FN}: ${field} must be a number from 0${max === Infinity ? '' : ` to ${max}`}, not ${value}`, { field });
  }
}

function checkOptions(graph: KnowledgeGraph, options: ContradictionOptions): void {
  options.kinds?.forEach((kind, i) => {
    if (!CONTRADICTION_KINDS.includes(kind)) throw new QueryError(`${FN}: unknown kind "${kind}" (expected one of ${CONTRADICTION_KINDS.join(', ')})`, { field: `kinds[${i}]` });
  });
  requireShare(options.tolerance, 'tolerance');
  requireShare(options.approximateTolerance, 'approximateTolerance');
  requireShare(options.minConfidence, 'minConfidence', 1);
  options.reference?.forEach((fact, i) => {
    if (!graph.entity(fact.entity)) throw new QueryError(`${FN}: reference[${i}] names unknown entity ${fact.entity}`, { field: `reference[${i}].entity` });
  });
}

const kindOrder = (c: Contradiction): number => CONTRADICTION_KINDS.indexOf(c.kind);

/**
 * The contradictions among the graph's claims, as records: every claim is kept, and
 * each conflict names the claims involved, how hard it is, and why.
 *
 * - **polarity**: one claim affirms what another denies (the same subject, predicate and
 *   object; either order for a symmetric predicate; `a p b` = `b inverse(p) a`; any two
 *   free-phrase literals of one predicate count as the same object). Valid times must
 *   overlap, or, when one is unknown, the two must be recorded in overlapping periods.
 * - **attribution**: such a conflict between two different named speakers.
 * - **contrary**: contrary predicates for one pair over overlapping valid times.
 * - **numeric**: disjoint figures for a functional predicate at compatible times.
 * - **anachronism**: `holdsOffice` claims that the holder's dated roles contradict.
 *
 * Things that only look contradictory are left alone: figures of non-functional
 * predicates (two strikes, two tolls), contrary stances at strictly ordered times (a
 * change), offices read at their own dates, and spans that cannot tell. Claims are
 * grouped by key and swept by time, never compared all pairs against all. Results are
 * sorted by kind (in the order of {@link CONTRADICTION_KINDS}), then by assertion IRIs.
 *
 * @example
 * const found = contradictions(graph);
 * found.filter((c) => c.kind === 'anachronism').map((c) => c.explanation);
 * // ['002_x.txt (published 2025-12-15/2025-12-31) calls Donald Trump a former President, but Donald Trump has held that office since 2025-01-20 (reference: President of United States, 2025-01-20/..); 004_y.txt calls Donald Trump President on 2025-11-16/2025-11-17.']
 * contradictions(graph, { kinds: ['numeric'], tolerance: 0, minConfidence: 0.5 });
 * @throws {QueryError} for an unknown kind, a tolerance below 0, a `minConfidence`
 *   outside 0–1, or a reference fact about an entity the graph does not hold.
 */
export function contradictions(graph: KnowledgeGraph, options: ContradictionOptions = {}): Contradiction[] {
  checkOptions(graph, options);
  const kinds = new Set(options.kinds ?? CONTRADICTION_KINDS);
  const minConfidence = options.minConfidence ?? 0;
  // Claims in any order: every check groups them, and only the records found are sorted.
  const groups = groupClaims(graph.allAssertions(), minConfidence);
  const scan: Scan = { graph, claims: groups.claims, predicates: new Map((options.predicates ?? PREDICATES).map((p) => [p.id, p])) };
  const found: Contradiction[] = [];
  if (kinds.has('polarity') || kinds.has('attribution')) {
    for (const pair of opposedPairs(scan, groups)) {
      if (!speakersDisagree(pair)) {
        if (kinds.has('polarity')) found.push(polarityContradiction(scan, pair));
      } else if (kinds.has('attribution')) found.push(attributionContradiction(scan, pair));
    }
  }
  if (kinds.has('contrary')) found.push(...contraryContradictions(scan, groups));
  if (kinds.has('numeric')) found.push(...numericContradictions(scan, groups.literals, { tolerance: options.tolerance ?? 0.02, approximate: options.approximateTolerance ?? 0.1 }));
  if (kinds.has('anachronism')) found.push(...anachronisms(scan, options.reference ?? [], groups.literals));
  return found.sort((a, b) => kindOrder(a) - kindOrder(b) || compareStrings(a.assertions.join(' '), b.assertions.join(' ')) || compareStrings(a.id, b.id));
}
