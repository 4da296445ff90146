/**
 * Contrary predicates: claims with predicates listed in each other's `contrary`
 * ("praises" / "condemns", "votesFor" / "vetoes") for the same pair over overlapping
 * valid time.
 *
 * Only affirmed claims with a known valid time count. Strictly ordered valid times are
 * a change (praise, then condemnation), which the stance helper reports, not a
 * contradiction. With an unknown valid time the order is unknown: it may be a change
 * just as well, so it is not flagged.
 */
import type { Assertion } from '../../model/assertion';
import type { ClaimGroups } from './claim-groups';
import type { Contradiction } from './types';
import { claimText, details, sourceName } from './explain';
import { compareIds } from '../../util/compare-strings';
import { conflictOrder, groupBy, isFactual, overlappingPairs, record, titleKey, type Scan } from './shared';

/** The pair a claim relates, in either order: subject and object (a literal by its words). */
function pairKey(a: Assertion): string {
  const object = a.object.kind === 'entity' ? `e:${a.object.id}` : `l:${titleKey(a.object.value)}`;
  return JSON.stringify([`e:${a.subject}`, object].sort());
}

/**
 * Contrary claims about one pair whose valid times overlap; `hard` when both are put as
 * fact. A group of entity-object claims is one pair already; literal claims are keyed
 * by {@link pairKey}. Only pairs holding a predicate and one it lists as contrary are swept.
 */
export function contraryContradictions(scan: Scan, groups: ClaimGroups): Contradiction[] {
  const contrary = (predicate: string) => scan.predicates.get(predicate)?.contrary ?? [];
  const symmetric = (a: Assertion) => scan.predicates.get(a.predicate)?.symmetric === true;
  const withContrary = new Set([...scan.predicates.values()].filter((p) => p.contrary?.length).map((p) => p.id));
  const isCandidate = (a: Assertion) => a.polarity === 'affirmed' && a.valid !== null && withContrary.has(a.predicate);
  const holdsContraries = (claims: readonly Assertion[]) => {
    const predicates = new Set(claims.map((a) => a.predicate));
    return [...predicates].some((p) => contrary(p).some((q) => predicates.has(q)));
  };
  const found: Contradiction[] = [];
  const sweep = (group: readonly Assertion[]) => {
    const claims = group.filter(isCandidate);
    if (claims.length < 2 || !holdsContraries(claims)) return;
    // By IRI, whatever order the claims came in: on a tie the sweep keeps input order, and a contrary listed on one side only pairs in one order.
    for (const pair of overlappingPairs(claims.sort(compareIds), (a) => a.valid!, (a) => a.predicate, contrary)) {
      const [a, b] = conflictOrder(pair);
      // Same direction, unless a symmetric predicate makes the order of the pair not count.
      if (a.subject !== b.subject && !symmetric(a) && !symmetric(b)) continue;
      const explanation =
        `${sourceName(scan, a.source)} says that ${claimText(scan, a)} ${details(a)}, ` +
        `but ${sourceName(scan, b.source)} says that ${claimText(scan, b)} ${details(b)}, and the two cannot hold at the same time.`;
      found.push(record(scan, 'contrary', isFactual(a) && isFactual(b) ? 'hard' : 'soft', [a, b], explanation));
    }
  };
  for (const group of groups.pairs) sweep(group);
  for (const group of groupBy(groups.literals.filter(isCandidate), pairKey).values()) sweep(group);
  return found;
}
