/** Polarity: one claim affirms a proposition that another denies, at compatible times. */
import type { Assertion } from '../../model/assertion';
import type { ClaimGroups } from './claim-groups';
import type { Contradiction } from './types';
import { claimText, details, sourceName, stance } from './explain';
import { conflictOrder, groupBy, pairSeverity, pairsInTime, propositionKey, record, type Scan, type TimedPair } from './shared';

const OPPOSITE: Record<string, readonly string[]> = { affirmed: ['denied'], denied: ['affirmed'] };

const bothPolarities = (claims: readonly Assertion[]): boolean => claims.some((a) => a.polarity === 'affirmed') && claims.some((a) => a.polarity === 'denied');

/**
 * Every pair of claims on one proposition (see {@link propositionKey}) where one
 * affirms and the other denies, at compatible times (see {@link pairsInTime}).
 *
 * A proposition lies within one group of `groups` (the literal claims being one more
 * group), and its claims share a predicate or name each other's inverse. So only
 * groups, then predicates, holding both polarities are keyed by proposition and swept:
 * most claims are never keyed.
 */
export function opposedPairs(scan: Scan, groups: ClaimGroups): TimedPair[] {
  const family = (a: Assertion): string => {
    const inverse = scan.predicates.get(a.predicate)?.inverse;
    return inverse !== undefined && inverse < a.predicate ? inverse : a.predicate;
  };
  const pairs: TimedPair[] = [];
  for (const group of [...groups.pairs, groups.literals]) {
    if (!bothPolarities(group)) continue;
    for (const related of groupBy(group, family).values()) {
      if (!bothPolarities(related)) continue;
      for (const claims of groupBy(related, (a) => propositionKey(a, scan.predicates)).values()) {
        if (!bothPolarities(claims)) continue;
        for (const pair of pairsInTime(claims, (a) => a.polarity, (side) => OPPOSITE[side]!)) pairs.push(pair);
      }
    }
  }
  return pairs;
}

/** The polarity record of an opposed pair: `hard` when both are put as fact for overlapping valid times. */
export function polarityContradiction(scan: Scan, pair: TimedPair): Contradiction {
  const [a, b] = conflictOrder(pair.claims);
  const explanation =
    `${sourceName(scan, a.source)} ${stance(a)} that ${claimText(scan, a)} ${details(a)}, ` +
    `but ${sourceName(scan, b.source)} ${stance(b)} that ${claimText(scan, b)} ${details(b)}.`;
  return record(scan, 'polarity', pairSeverity(pair), [a, b], explanation);
}
