/**
 * Polarity and attribution as SPARQL joins: affirmed and denied claims on the same
 * proposition, at compatible times. Each side is a subquery binding a claim's fields and
 * its proposition key as `propositionKey` in src/query/contradictions keys it (`?xK1
 * ?xK2 ?xK3`: subject, predicate, object, with `a p b` ≡ `b p a` for a symmetric
 * predicate and `a p b` ≡ `b inverse(p) a`). The sides meet on stored terms the store
 * can look up by index — the same subject and object, the two swapped (symmetric and
 * inverse predicates), or, for a literal object, the same subject and predicate — and
 * the keys are then compared: never all pairs against all. A literal's key is a number
 * with its qualifier, an office title, or `*` for any other phrase.
 */
import { PREDICATES } from '../../extract/claims/vocabulary';
import { compareStrings } from '../../util/compare-strings';
import { basis, bothDated, claimPattern, compatibleTimes, isOneOf, numberOf, predicateTerm, titleKey, type ClaimVar } from '../patterns';
import { from, PREFIXES } from '../syntax';
import type { ContradictionQueryOptions } from './options';

const HOLDS_OFFICE = 'holdsOffice';

/**
 * How a side exposes the terms the two sides meet on: `?j1 ?j2` = subject and object,
 * or the two swapped; for literal objects `?j1` = subject alone, the predicates being
 * compared as strings afterwards — Virtuoso turns a shared predicate variable into a
 * lookup by predicate, which returns every claim of it, and slows by orders of magnitude.
 */
type Meeting = 'same' | 'swapped' | 'literal';

const MEETING: Record<Meeting, (v: (name: string) => string) => string> = {
  same: (v) => `FILTER(isIRI(${v('O')})) BIND(${v('S')} AS ?j1) BIND(${v('O')} AS ?j2)`,
  swapped: (v) => `FILTER(isIRI(${v('O')})) BIND(${v('O')} AS ?j1) BIND(${v('S')} AS ?j2)`,
  literal: (v) => `FILTER(isLiteral(${v('O')})) BIND(${v('S')} AS ?j1)`,
};

/** One side: claims of one polarity with their proposition key and what the checks need. */
function side(x: ClaimVar, polarity: 'Affirmed' | 'Denied', meeting: Meeting, options: ContradictionQueryOptions): string {
  const predicates = options.predicates ?? PREDICATES;
  const symmetric = predicates.filter((p) => p.symmetric).map((p) => predicateTerm(p.id));
  // a p b is keyed as b inverse(p) a when the inverse's id sorts first
  const inverses = predicates.filter((p) => p.inverse !== undefined && compareStrings(p.inverse, p.id) < 0);
  const v = (name: string) => `?${x}${name}`;
  const fields = meeting === 'literal' ? ['P', 'Num', 'NumIs', 'Qual', 'Title'] : ['K1', 'K2', 'K3'];
  const key =
    meeting === 'literal'
      ? [
          numberOf(v('O'), v('Num')),
          `OPTIONAL { ?${x} cg:qualifier ${v('Q0')} } BIND(COALESCE(${v('Q0')}, cg:Exactly) AS ${v('Qual')})`,
          titleKey(v('O'), v('Tk')),
          `BIND(IF(${v('P')} = ${predicateTerm(HOLDS_OFFICE)}, ${v('Tk')}, "*") AS ${v('Title')})`,
        ]
      : [
          inverses.length === 0 ? '' : `OPTIONAL { VALUES (${v('P')} ${v('Inv')}) { ${inverses.map((p) => `(${predicateTerm(p.id)} ${predicateTerm(p.inverse!)})`).join(' ')} } }`,
          `BIND(IF(${isOneOf(v('P'), symmetric)} && STR(${v('O')}) < STR(${v('S')}), 1, 0) AS ${v('SwapS')})`,
          `BIND(IF(${v('SwapS')} = 0 && BOUND(${v('Inv')}), 1, 0) AS ${v('SwapI')})`,
          `BIND(IF(${v('SwapS')} = 1 || ${v('SwapI')} = 1, ${v('O')}, ${v('S')}) AS ${v('K1')})`,
          `BIND(IF(${v('SwapI')} = 1, ${v('Inv')}, ${v('P')}) AS ${v('K2')})`,
          `BIND(IF(${v('SwapS')} = 1 || ${v('SwapI')} = 1, ${v('S')}, ${v('O')}) AS ${v('K3')})`,
        ];
  return `{ SELECT ?${x} ?j1 ${meeting === 'literal' ? '' : '?j2 '}${[...fields, 'Dated', 'VS', 'VT', 'HasR', 'RS', 'RT', 'Who', 'Fact'].map(v).join(' ')} WHERE {
${claimPattern(x, { polarity: true, modality: true, valid: true, recorded: true, speaker: true }, options.minConfidence)}
FILTER(${v('Pol')} = cg:${polarity})
${MEETING[meeting](v)}
${key.filter(Boolean).join('\n')}
} }`;
}

/**
 * The SPARQL of polarity and attribution contradictions: one row per opposed pair,
 * `?a` affirming and `?b` denying, with `?kind` (`attribution` when both are attributed
 * to different speakers, else `polarity`), `?basis` (`valid` or `recorded`: what the
 * times agree on) and `?severity` (`hard` when both are put as fact for overlapping
 * valid times).
 *
 * @example
 * const rows = await store.query(polarityQuery({ minConfidence: 0.5 }));
 * rows.map((r) => [r.kind.value, r.a.value, r.b.value]);
 */
export function polarityQuery(options: ContradictionQueryOptions = {}): string {
  const entityKey = 'FILTER(?aK1 = ?bK1 && ?aK2 = ?bK2 && ?aK3 = ?bK3)';
  const literalKey = 'FILTER(STR(?aP) = STR(?bP))\nFILTER((?aNumIs = 1 && ?bNumIs = 1 && ?aNum = ?bNum && ?aQual = ?bQual) || (?aNumIs = 0 && ?bNumIs = 0 && ?aTitle = ?bTitle))';
  const branch = (b: Meeting, filter: string) => `{\n${side('a', 'Affirmed', b === 'literal' ? 'literal' : 'same', options)}\n${side('b', 'Denied', b, options)}\n${filter}\n}`;
  return `${PREFIXES}SELECT DISTINCT ?a ?b ?kind ?basis ?severity
${from(options.graph)}WHERE {
${branch('same', entityKey)}
UNION
${branch('swapped', entityKey)}
UNION
${branch('literal', literalKey)}
FILTER(${compatibleTimes('a', 'b')})
BIND(${basis('a', 'b')} AS ?basis)
BIND(IF(?aWho != "" && ?bWho != "" && ?aWho != ?bWho, "attribution", "polarity") AS ?kind)
BIND(IF(${bothDated('a', 'b')} && ?aFact = 1 && ?bFact = 1, "hard", "soft") AS ?severity)
}
`;
}
