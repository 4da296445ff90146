/**
 * Numeric clashes as one SPARQL join: affirmed figures (`xsd:integer` / `xsd:decimal`
 * literals) of a functional predicate (passed as `VALUES`), joined on subject and
 * predicate, at compatible times, whose ranges are disjoint. Each figure's range is
 * computed in the store in `xsd:double` arithmetic, as `valueRange` in
 * src/query/contradictions computes it in JavaScript: `exactly v` is v ± tolerance·|v|,
 * `about v` is v ± approximate·|v|, `at least v` is [v, +∞) and so on.
 */
import { PREDICATES } from '../../extract/claims/vocabulary';
import { XSD } from '../../rdf/namespaces';
import { basis, bothDated, claimPattern, compatibleTimes, numberOf, predicateTerm, valuesOf, type ClaimVar } from '../patterns';
import { double, from, iri, PREFIXES } from '../syntax';
import type { ContradictionQueryOptions } from './options';

/** One side: figures with their range `[?xLow, ?xHigh]` (`?xHasLow` / `?xHasHigh` 0 where infinite) and open ends (1/0). */
function side(x: ClaimVar, functional: readonly string[], options: ContradictionQueryOptions): string {
  const v = (name: string) => `?${x}${name}`;
  const tolerance = double(options.tolerance ?? 0.02);
  const approximate = double(options.approximateTolerance ?? 0.1);
  return `{ SELECT ?${x} ?s ?p ${['Low', 'High', 'HasLow', 'HasHigh', 'LowOpen', 'HighOpen', 'Dated', 'VS', 'VT', 'HasR', 'RS', 'RT', 'Fact'].map(v).join(' ')} WHERE {
${valuesOf(v('P'), functional)}
${claimPattern(x, { polarity: true, modality: true, valid: true, recorded: true }, options.minConfidence)}
FILTER(${v('Pol')} = cg:Affirmed && isLiteral(${v('O')}) && DATATYPE(${v('O')}) IN (${iri(XSD.integer)}, ${iri(XSD.decimal)}))
${numberOf(v('O'), v('Num'))}
FILTER(${v('NumIs')} = 1)
OPTIONAL { ?${x} cg:qualifier ${v('Q0')} } BIND(COALESCE(${v('Q0')}, cg:Exactly) AS ${v('Qual')})
BIND(IF(${v('Qual')} = cg:Approximately, ${approximate}, ${tolerance}) AS ${v('Share')})
BIND(IF(${v('Qual')} IN (cg:Exactly, cg:Approximately, cg:AtLeast, cg:MoreThan), 1, 0) AS ${v('HasLow')})
BIND(IF(${v('Qual')} IN (cg:Exactly, cg:Approximately, cg:AtMost, cg:LessThan), 1, 0) AS ${v('HasHigh')})
BIND(IF(${v('Qual')} IN (cg:Exactly, cg:Approximately), ${v('Num')} - ${v('Share')} * ABS(${v('Num')}), ${v('Num')}) AS ${v('Low')})
BIND(IF(${v('Qual')} IN (cg:Exactly, cg:Approximately), ${v('Num')} + ${v('Share')} * ABS(${v('Num')}), ${v('Num')}) AS ${v('High')})
BIND(IF(${v('Qual')} = cg:MoreThan, 1, 0) AS ${v('LowOpen')})
BIND(IF(${v('Qual')} = cg:LessThan, 1, 0) AS ${v('HighOpen')})
BIND(${v('S')} AS ?s) BIND(${v('P')} AS ?p)
} }`;
}

/** Whether `x`'s range lies wholly below `y`'s (touching counts when an end is open). */
const below = (x: ClaimVar, y: ClaimVar): string =>
  `(?${x}HasHigh = 1 && ?${y}HasLow = 1 && (?${x}High < ?${y}Low || (?${x}High = ?${y}Low && (?${x}HighOpen = 1 || ?${y}LowOpen = 1))))`;

/**
 * The SPARQL of numeric contradictions: one row per pair (`?a` before `?b` by IRI), with
 * `?basis` and `?severity` as for polarity.
 *
 * @example
 * const rows = await store.query(numericQuery({ tolerance: 0 }));
 */
export function numericQuery(options: ContradictionQueryOptions = {}): string {
  const functional = (options.predicates ?? PREDICATES).filter((p) => p.functional).map((p) => predicateTerm(p.id));
  return `${PREFIXES}SELECT DISTINCT ?a ?b ?basis ?severity
${from(options.graph)}WHERE {
${side('a', functional, options)}
${side('b', functional, options)}
FILTER(STR(?a) < STR(?b))
FILTER(${compatibleTimes('a', 'b')})
FILTER(${below('a', 'b')} || ${below('b', 'a')})
BIND(${basis('a', 'b')} AS ?basis)
BIND(IF(${bothDated('a', 'b')} && ?aFact = 1 && ?bFact = 1, "hard", "soft") AS ?severity)
}
`;
}
