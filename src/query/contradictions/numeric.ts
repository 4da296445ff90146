/**
 * Numeric clashes: figures for a functional predicate (single-valued for a subject at a
 * time, e.g. `deathToll`) that cannot both be right. Each figure stands for the range
 * of values it allows, and two claims clash when their ranges are disjoint: "at least
 * 45" and 47 agree, "more than 1,400" and "about 1,200" do not.
 *
 * Non-functional predicates are not compared: two strikes can kill 45 and 47.
 */
import type { Assertion, LiteralObject } from '../../model/assertion';
import type { Contradiction } from './types';
import { claimText, details, objectText, sourceName } from './explain';
import { conflictOrder, groupBy, pairSeverity, pairsInTime, record, type Scan } from './shared';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set([`${XSD}integer`, `${XSD}decimal`]);

/** The values a figure allows: from `low` to `high`, each end included unless open. */
export interface ValueRange {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** How wide an exactly stated and an approximate figure are, relative to the figure. */
export interface ValueTolerances {
  /** `exactly v` allows v ± tolerance·|v|. */
  tolerance: number;
  /** `approximately v` allows v ± approximate·|v|. */
  approximate: number;
}

/**
 * The range a numeric literal allows, or `undefined` when it is not a number.
 *
 * @example
 * const integer = 'http://www.w3.org/2001/XMLSchema#integer';
 * valueRange({ kind: 'literal', value: '45', datatype: integer, qualifier: 'atLeast' }, { tolerance: 0.02, approximate: 0.1 })
 * // { low: 45, high: Infinity, lowOpen: false, highOpen: true }
 */
export function valueRange(object: LiteralObject, { tolerance, approximate }: ValueTolerances): ValueRange | undefined {
  const v = Number(object.value);
  if (!NUMERIC.has(object.datatype) || object.value.trim() === '' || !Number.isFinite(v)) return undefined;
  const around = (share: number): ValueRange => ({ low: v - share * Math.abs(v), high: v + share * Math.abs(v), lowOpen: false, highOpen: false });
  switch (object.qualifier ?? 'exactly') {
    case 'exactly':
      return around(tolerance);
    case 'approximately':
      return around(approximate);
    case 'atLeast':
      return { low: v, high: Infinity, lowOpen: false, highOpen: true };
    case 'moreThan':
      return { low: v, high: Infinity, lowOpen: true, highOpen: true };
    case 'atMost':
      return { low: -Infinity, high: v, lowOpen: true, highOpen: false };
    case 'lessThan':
      return { low: -Infinity, high: v, lowOpen: true, highOpen: true };
  }
}

/** Whether no value lies in both ranges. */
export function disjoint(a: ValueRange, b: ValueRange): boolean {
  const below = (x: ValueRange, y: ValueRange) => x.high < y.low || (x.high === y.low && (x.highOpen || y.lowOpen));
  return below(a, b) || below(b, a);
}

/**
 * Whether some value lies in every range. On a line, ranges that pairwise share a
 * value all share one (Helly), so then no two are disjoint.
 */
export function allAgree(ranges: readonly ValueRange[]): boolean {
  let [low, high, lowOpen, highOpen] = [-Infinity, Infinity, true, true];
  for (const r of ranges) {
    if (r.low > low || (r.low === low && r.lowOpen)) [low, lowOpen] = [r.low, r.lowOpen || (r.low === low && lowOpen)];
    if (r.high < high || (r.high === high && r.highOpen)) [high, highOpen] = [r.high, r.highOpen || (r.high === high && highOpen)];
  }
  return low < high || (low === high && !lowOpen && !highOpen);
}

/**
 * Affirmed figures of one functional predicate for one subject, at compatible times
 * (see `pairsInTime`), whose ranges are disjoint. Figures are literals: only the
 * literal claims are read. Groups whose figures all agree are not swept.
 */
export function numericContradictions(scan: Scan, literals: readonly Assertion[], tolerances: ValueTolerances): Contradiction[] {
  const ranges = new Map<string, ValueRange>();
  const figures: Assertion[] = [];
  for (const a of literals) {
    if (a.polarity !== 'affirmed' || a.object.kind !== 'literal' || !scan.predicates.get(a.predicate)?.functional) continue;
    const range = valueRange(a.object, tolerances);
    if (!range) continue;
    ranges.set(a.id, range);
    figures.push(a);
  }
  const found: Contradiction[] = [];
  for (const claims of groupBy(figures, (a: Assertion) => JSON.stringify([a.subject, a.predicate])).values()) {
    if (claims.length < 2 || allAgree(claims.map((a) => ranges.get(a.id)!))) continue;
    for (const pair of pairsInTime(claims, () => '', () => [''])) {
      if (!disjoint(ranges.get(pair.claims[0].id)!, ranges.get(pair.claims[1].id)!)) continue;
      const [a, b] = conflictOrder(pair.claims);
      const explanation =
        `${sourceName(scan, a.source)} says that ${claimText(scan, a)} ${details(a)}, ` +
        `but ${sourceName(scan, b.source)} says ${objectText(scan, b)} ${details(b)}: the figures cannot both be right.`;
      found.push(record(scan, 'numeric', pairSeverity(pair), [a, b], explanation));
    }
  }
  return found;
}
