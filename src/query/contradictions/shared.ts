/**
 * What the contradiction checks share: the scan they read, proposition keys, time
 * checks, and the sweep that pairs claims whose times overlap.
 */
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import { shortHash } from '../../model/iri';
import type { PredicateDefinition } from '../../model/predicate';
import type { TimeSpan } from '../../time/timespan';
import { compareStrings } from '../../util/compare-strings';
import type { Contradiction, ContradictionKind, ContradictionSeverity, ReferenceFact } from './types';

/** The predicate whose claims say who holds which office; its literal object is the title. */
export const HOLDS_OFFICE = 'holdsOffice';

/** What every check reads: the graph, its claims (above the confidence floor, in any order) and the vocabulary. */
export interface Scan {
  graph: KnowledgeGraph;
  claims: readonly Assertion[];
  predicates: ReadonlyMap<string, PredicateDefinition>;
}


/** Two claims and what their times agree on: overlapping valid times, or (one being undated) overlapping recorded times. */
export interface TimedPair {
  claims: [Assertion, Assertion];
  basis: 'valid' | 'recorded';
}

// ── Keys ────────────────────────────────────────────────────────────────────────────

/** Items grouped by key, groups and items in input order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** An office title as compared with reference roles: case and spacing do not count. */
export const titleKey = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What a claim's object contributes to its proposition: the entity; a number with its
 * qualifier; an office title (the extractor reads titles from the lexicon, so they
 * compare); and `*` for any other literal, a free phrase the extractor cannot normalise.
 */
function objectKey(a: Assertion): string {
  const o = a.object;
  if (o.kind === 'entity') return `e:${o.id}`;
  const n = Number(o.value);
  if (o.value.trim() !== '' && Number.isFinite(n)) return `n:${n}:${o.qualifier ?? 'exactly'}`;
  return a.predicate === HOLDS_OFFICE ? `t:${titleKey(o.value)}` : '*';
}

/**
 * The proposition a claim is about, whatever its polarity: subject, predicate, object,
 * with `a p b` ≡ `b p a` for a symmetric predicate and `a p b` ≡ `b inverse(p) a`.
 */
export function propositionKey(a: Assertion, predicates: ReadonlyMap<string, PredicateDefinition>): string {
  const def = predicates.get(a.predicate);
  let [subject, predicate, object] = [`e:${a.subject}`, a.predicate, objectKey(a)];
  if (a.object.kind === 'entity') {
    if (def?.symmetric && object < subject) [subject, object] = [object, subject];
    else if (def?.inverse && def.inverse < predicate) [subject, predicate, object] = [object, def.inverse, subject];
  }
  return JSON.stringify([subject, predicate, object]);
}

// ── Time ────────────────────────────────────────────────────────────────────────────

// Open ends compare as -∞ ('' sorts before every day) and +∞ ('~' sorts after).
const start = (span: TimeSpan): string => span.earliest ?? '';
const end = (span: TimeSpan): string => span.latest ?? '~';

/** Whether two spans share at least one day. */
export const shareDay = (a: TimeSpan, b: TimeSpan): boolean => start(a) <= end(b) && start(b) <= end(a);

/** Whether every day `inner` may cover lies in `outer`. */
export const within = (inner: TimeSpan, outer: TimeSpan): boolean => start(outer) <= start(inner) && end(inner) <= end(outer);

/** Whether `a` ends before `b` starts. */
export const before = (a: TimeSpan, b: TimeSpan): boolean => end(a) < start(b);

/** Days from the end of the earlier span to the start of the later one; 0 when they share a day. */
export function gapDays(a: TimeSpan, b: TimeSpan): number {
  if (shareDay(a, b)) return 0;
  const [first, second] = before(a, b) ? [a, b] : [b, a];
  return (Date.parse(second.earliest!) - Date.parse(first.latest!)) / 86_400_000;
}

/**
 * Pairs of items whose spans share a day, each item paired only with items of the
 * sides `rivals` names. A sweep by start: an item meets the rivals still open when it
 * starts, and an item that ended before one start has ended before every later start,
 * so it is dropped. O(n log n) plus the pairs found. Pairs are `[earlier start, later]`.
 */
export function overlappingPairs<T>(items: readonly T[], span: (item: T) => TimeSpan, side: (item: T) => string, rivals: (side: string) => readonly string[]): [T, T][] {
  const sorted = [...items].sort((a, b) => compareStrings(start(span(a)), start(span(b)))); // stable: ties keep input order
  const open = new Map<string, T[]>();
  const pairs: [T, T][] = [];
  for (const item of sorted) {
    const from = start(span(item));
    for (const rival of rivals(side(item))) {
      const list = open.get(rival);
      if (!list) continue;
      let kept = 0;
      for (const other of list) {
        if (end(span(other)) < from) continue;
        list[kept++] = other;
        pairs.push([other, item]);
      }
      list.length = kept;
    }
    const own = open.get(side(item));
    if (own) own.push(item);
    else open.set(side(item), [item]);
  }
  return pairs;
}

/**
 * Pairs of claims (of rival sides) whose times are compatible: both valid times known
 * and overlapping; or, when either is unknown, both recorded in overlapping periods
 * (the same reporting period). Dated claims sweep once on valid time; then every claim
 * with a recorded time sweeps on it, pairing only where one side is undated.
 */
export function pairsInTime(claims: readonly Assertion[], side: (a: Assertion) => string, rivals: (side: string) => readonly string[]): TimedPair[] {
  const byValid = overlappingPairs(claims.filter((a) => a.valid), (a) => a.valid!, side, rivals);
  // Sides tagged with a first letter: `d` dated, `u` undated. An undated claim meets both, a dated one only undated ones.
  const tag = (a: Assertion) => (a.valid ? 'd' : 'u') + side(a);
  const undatedRivals = (tagged: string) => rivals(tagged.slice(1)).flatMap((r) => (tagged[0] === 'd' ? [`u${r}`] : [`u${r}`, `d${r}`]));
  const byRecorded = overlappingPairs(claims.filter((a) => a.recorded), (a) => a.recorded!, tag, undatedRivals);
  return [...byValid.map((claims): TimedPair => ({ claims, basis: 'valid' })), ...byRecorded.map((claims): TimedPair => ({ claims, basis: 'recorded' }))];
}

// ── Records ─────────────────────────────────────────────────────────────────────────

/** Whether the source puts the claim as fact (asserted or reported), not as hoped, planned or possible. */
export const isFactual = (a: Assertion): boolean => a.modality === 'asserted' || a.modality === 'reported';

/** `hard` when both claims are put as fact for the same valid time, `soft` otherwise. */
export function pairSeverity(pair: TimedPair): ContradictionSeverity {
  return pair.basis === 'valid' && pair.claims.every(isFactual) ? 'hard' : 'soft';
}

/**
 * A pair in the order records list it: the claim recorded later first (it conflicts
 * with what was already on record), then by IRI.
 */
export function conflictOrder([a, b]: readonly [Assertion, Assertion]): [Assertion, Assertion] {
  const order = compareStrings(b.recorded?.earliest ?? '', a.recorded?.earliest ?? '') || compareStrings(a.id, b.id);
  return order <= 0 ? [a, b] : [b, a];
}

/** The IRI of a contradiction: `<base>contradiction/<hash of kind and sorted assertion IRIs>`. */
export function contradictionIri(base: string, kind: ContradictionKind, assertions: readonly string[]): string {
  return `${base}contradiction/${shortHash(JSON.stringify([kind, ...[...assertions].sort(compareStrings)]))}`;
}

/** A contradiction record over `claims` (the conflicting one first). */
export function record(scan: Scan, kind: ContradictionKind, severity: ContradictionSeverity, claims: readonly Assertion[], explanation: string, reference?: ReferenceFact): Contradiction {
  const assertions = claims.map((c) => c.id);
  return { id: contradictionIri(scan.graph.base, kind, assertions), kind, severity, assertions, ...(reference && { reference }), explanation };
}
