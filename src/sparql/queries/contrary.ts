/**
 * Contrary predicates as SPARQL joins: affirmed, dated claims with predicates contrary
 * in the vocabulary (passed as `VALUES`) about the same pair — as `pairKey` in
 * src/query/contradictions: the same subject and object in either order, or the same
 * subject and office-title key of a literal — whose valid times share a day. The sides
 * meet on stored terms (subject and object, or the two swapped, or the subject), so the
 * store looks them up by index. Order and direction follow the in-memory sweep exactly:
 * the earlier claim (by earliest day, then IRI) must be contrary to the later one, and
 * the two must have the same subject unless a predicate is symmetric.
 */
import { PREDICATES } from '../../extract/claims/vocabulary';
import { bounds, claimPattern, isOneOf, predicateTerm, shareDay, titleKey, valuesOf, type ClaimVar } from '../patterns';
import { from, PREFIXES } from '../syntax';
import type { ContradictionQueryOptions } from './options';

/** How a side exposes the terms the two sides meet on (`?j1 ?j2`). */
type Meeting = 'same' | 'swapped' | 'literal';

const MEETING: Record<Meeting, (v: (name: string) => string) => string> = {
  same: (v) => `FILTER(isIRI(${v('O')})) BIND(${v('S')} AS ?j1) BIND(${v('O')} AS ?j2)`,
  swapped: (v) => `FILTER(isIRI(${v('O')})) BIND(${v('O')} AS ?j1) BIND(${v('S')} AS ?j2)`,
  literal: (v) => `FILTER(isLiteral(${v('O')})) BIND(${v('S')} AS ?j1) BIND(${v('S')} AS ?j2)\n${titleKey(v('O'), v('Tk'))}`,
};

/** Candidates of one side: affirmed claims with a known valid time and a predicate that has contraries. */
function side(x: ClaimVar, meeting: Meeting, candidates: readonly string[], minConfidence: number | undefined): string {
  const v = (name: string) => `?${x}${name}`;
  return `{ SELECT ?${x} ${v('P')} ${v('S')} ?j1 ?j2 ${meeting === 'literal' ? v('Tk') : ''} ${v('VS')} ${v('VT')} ${v('Fact')} WHERE {
${valuesOf(v('P'), candidates)}
${claimPattern(x, { polarity: true, modality: true, valid: true }, minConfidence)}
FILTER(${v('Pol')} = cg:Affirmed && ${v('Dated')} = 1)
${MEETING[meeting](v)}
} }`;
}

/**
 * The SPARQL of contrary contradictions: one row per pair, `?x` the earlier claim and
 * `?y` the later, with `?severity` (`hard` when both are put as fact).
 *
 * @example
 * const rows = await store.query(contraryQuery());
 * rows.map((r) => [r.x.value, r.y.value, r.severity.value]);
 */
export function contraryQuery(options: ContradictionQueryOptions = {}): string {
  const predicates = options.predicates ?? PREDICATES;
  const byId = new Map(predicates.map((p) => [p.id, p]));
  const hasContraries = (id: string) => (byId.get(id)?.contrary ?? []).length > 0;
  // (earlier, later): the earlier claim's predicate is among the later one's contraries, as the sweep pairs them
  const pairs = predicates.flatMap((later) => (later.contrary ?? []).filter(hasContraries).map((earlier) => `(${predicateTerm(earlier)} ${predicateTerm(later.id)})`));
  const candidates = predicates.filter((p) => hasContraries(p.id)).map((p) => predicateTerm(p.id));
  const symmetric = predicates.filter((p) => p.symmetric).map((p) => predicateTerm(p.id));
  const { minConfidence } = options;
  const branch = (meeting: Meeting, filter = '') =>
    `{\n${side('x', meeting === 'literal' ? 'literal' : 'same', candidates, minConfidence)}\n${side('y', meeting, candidates, minConfidence)}\n${filter}\n}`;
  const earlier = `(?xVS < ?yVS || (?xVS = ?yVS && STR(?x) < STR(?y)))`;
  return `${PREFIXES}SELECT DISTINCT ?x ?y ?severity
${from(options.graph)}WHERE {
${branch('same')}
UNION
${branch('swapped')}
UNION
${branch('literal', 'FILTER(?xTk = ?yTk)')}
VALUES (?xP ?yP) { ${pairs.join(' ') || '(cg:none cg:none)'} }
FILTER(${shareDay(bounds('x', 'V'), bounds('y', 'V'))})
FILTER(${earlier})
FILTER(?xS = ?yS || ${isOneOf('?xP', symmetric)} || ${isOneOf('?yP', symmetric)})
BIND(IF(?xFact = 1 && ?yFact = 1, "hard", "soft") AS ?severity)
}
`;
}
