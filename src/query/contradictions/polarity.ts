/** Polarity: one claim affirms a proposition that another denies, at compatible times. */
import type { Contradiction } from './types';
import { claimText, details, sourceName, stance } from './explain';
import { conflictOrder, groupBy, pairSeverity, pairsInTime, propositionKey, record, type Scan, type TimedPair } from './shared';

const OPPOSITE: Record<string, readonly string[]> = { affirmed: ['denied'], denied: ['affirmed'] };

/**
 * Every pair of claims on one proposition (see {@link propositionKey}) where one
 * affirms and the other denies, at compatible times (see {@link pairsInTime}).
 */
export function opposedPairs(scan: Scan): TimedPair[] {
  const propositions = groupBy(scan.claims, (a) => propositionKey(a, scan.predicates));
  return [...propositions.values()].flatMap((claims) => pairsInTime(claims, (a) => a.polarity, (side) => OPPOSITE[side]!));
}

/** The polarity record of an opposed pair: `hard` when both are put as fact for overlapping valid times. */
export function polarityContradiction(scan: Scan, pair: TimedPair): Contradiction {
  const [a, b] = conflictOrder(pair.claims);
  const explanation =
    `${sourceName(scan, a.source)} ${stance(a)} that ${claimText(scan, a)} ${details(a)}, ` +
    `but ${sourceName(scan, b.source)} ${stance(b)} that ${claimText(scan, b)} ${details(b)}.`;
  return record(scan, 'polarity', pairSeverity(pair), [a, b], explanation);
}
