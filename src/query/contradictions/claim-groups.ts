/**
 * The claims of a scan grouped once for every check. A claim with an entity object
 * joins the group of the two entities it relates, in either order: every proposition
 * about that pair (`a p b`, `b p a`, `b inverse(p) a`) and every contrary pair lies
 * within it. Claims with a literal object are set apart; they are few, and each check
 * keys them its own way.
 */
import type { Assertion } from '../../model/assertion';

export interface ClaimGroups {
  /** Every claim at or above the confidence floor, in input order. */
  claims: Assertion[];
  /** Claims with an entity object, by the two entities they relate; only groups of two or more (a lone claim cannot conflict). */
  pairs: Assertion[][];
  /** Claims with a literal object. */
  literals: Assertion[];
}

/**
 * One pass over the claims, in any order, leaving out those below `minConfidence`.
 * Nested maps on the two IRIs rather than one joined key, so that no string is built
 * per claim; a lone claim is held as itself, not in an array of one.
 */
export function groupClaims(input: Iterable<Assertion>, minConfidence = 0): ClaimGroups {
  const byPair = new Map<string, Map<string, Assertion | Assertion[]>>();
  const claims: Assertion[] = [];
  const literals: Assertion[] = [];
  for (const a of input) {
    if (!(a.confidence >= minConfidence)) continue;
    claims.push(a);
    if (a.object.kind !== 'entity') {
      literals.push(a);
      continue;
    }
    const low = a.subject < a.object.id ? a.subject : a.object.id;
    const high = low === a.subject ? a.object.id : a.subject;
    let byHigh = byPair.get(low);
    if (!byHigh) byPair.set(low, (byHigh = new Map()));
    const group = byHigh.get(high);
    if (group === undefined) byHigh.set(high, a);
    else if (Array.isArray(group)) group.push(a);
    else byHigh.set(high, [group, a]);
  }
  const pairs: Assertion[][] = [];
  for (const byHigh of byPair.values()) {
    for (const group of byHigh.values()) if (Array.isArray(group)) pairs.push(group);
  }
  return { claims, pairs, literals };
}
