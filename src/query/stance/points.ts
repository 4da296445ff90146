import type { Assertion, Modality } from '../../model/assertion';
import type { PredicateDefinition } from '../../model/predicate';
import { compareStrings } from '../../util/compare-strings';
import { compareBounds } from '../timeline/order';
import type { StancePoint } from './types';

const TENTATIVE: ReadonlySet<Modality> = new Set(['hypothetical', 'hoped', 'planned']);

/** Whether the claim is announced rather than acted on (could, hopes, plans). */
export const isTentative = (a: Assertion): boolean => TENTATIVE.has(a.modality);

/** Orders points (or anything timed) by time bounds, then assertion IRI, for a deterministic sweep. */
export const byTime = (x: Pick<StancePoint, 'assertion' | 'time'>, y: Pick<StancePoint, 'assertion' | 'time'>): number =>
  compareBounds(x.time, y.time) || compareStrings(x.assertion.id, y.assertion.id);

/**
 * The claims among `assertions` that carry a stance, by time. Neutral and unknown
 * predicates carry none. A denied claim ("X did not criticise Y") says nothing about
 * the stance either way, so it is skipped too. A claim with no valid time is placed at
 * its source's publication (`timeBasis: 'recorded'`), one with neither is `undated`.
 */
export function stancePoints(
  assertions: Iterable<Assertion>,
  vocabulary: ReadonlyMap<string, PredicateDefinition>,
  keepTentative: boolean,
): { points: StancePoint[]; undated: Assertion[] } {
  const points: StancePoint[] = [];
  const undated: Assertion[] = [];
  for (const assertion of assertions) {
    const valence = vocabulary.get(assertion.predicate)?.valence;
    if (valence === undefined || valence === 'neutral' || assertion.polarity === 'denied') continue;
    const tentative = isTentative(assertion);
    if (tentative && !keepTentative) continue;
    const time = assertion.valid ?? assertion.recorded;
    if (!time) undated.push(assertion);
    else points.push({ assertion, valence, time, timeBasis: assertion.valid ? 'valid' : 'recorded', tentative });
  }
  return { points: points.sort(byTime), undated: undated.sort((a, b) => compareStrings(a.id, b.id)) };
}
