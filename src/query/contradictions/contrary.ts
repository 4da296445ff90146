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
import type { Contradiction } from './types';
import { claimText, details, sourceName } from './explain';
import { conflictOrder, groupBy, isFactual, overlappingPairs, record, titleKey, type Scan } from './shared';

/** The pair a claim relates, in either order: subject and object (a literal by its words). */
function pairKey(a: Assertion): string {
  const object = a.object.kind === 'entity' ? `e:${a.object.id}` : `l:${titleKey(a.object.value)}`;
  return JSON.stringify([`e:${a.subject}`, object].sort());
}

/** Contrary claims about one pair whose valid times overlap; `hard` when both are put as fact. */
export function contraryContradictions(scan: Scan): Contradiction[] {
  const contrary = (predicate: string) => scan.predicates.get(predicate)?.contrary ?? [];
  const symmetric = (a: Assertion) => scan.predicates.get(a.predicate)?.symmetric === true;
  const candidates = scan.claims.filter((a) => a.polarity === 'affirmed' && a.valid && contrary(a.predicate).length > 0);
  const found: Contradiction[] = [];
  for (const claims of groupBy(candidates, pairKey).values()) {
    for (const pair of overlappingPairs(claims, (a) => a.valid!, (a) => a.predicate, contrary)) {
      const [a, b] = conflictOrder(pair);
      // Same direction, unless a symmetric predicate makes the order of the pair not count.
      if (a.subject !== b.subject && !symmetric(a) && !symmetric(b)) continue;
      const explanation =
        `${sourceName(scan, a.source)} says that ${claimText(scan, a)} ${details(a)}, ` +
        `but ${sourceName(scan, b.source)} says that ${claimText(scan, b)} ${details(b)}, and the two cannot hold at the same time.`;
      found.push(record(scan, 'contrary', isFactual(a) && isFactual(b) ? 'hard' : 'soft', [a, b], explanation));
    }
  }
  return found;
}
