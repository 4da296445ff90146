/**
 * Anachronisms in SPARQL: `holdsOffice` claims joined with the dated roles of their
 * subject whose title has the same key (the graph's `cg:role` nodes, plus the user's
 * reference facts as `VALUES`), grouped per claim: an affirmed claim is anachronistic
 * when no such term shares a day with its valid span, a denied one when some term holds
 * it wholly. Which role to cite (the one holding a denied claim, the one nearest an
 * affirmed one — a distance in days, which SPARQL 1.1 cannot compute portably) and
 * which claims back the record are chosen in JavaScript by the in-memory rule, over the
 * claims {@link anachronismContextQuery} selects.
 */
import { titleKey as jsTitleKey } from '../../query/contradictions/shared';
import { bounds, claimPattern, predicateTerm, shareDay, spanBounds, titleKey, within } from '../patterns';
import { from, iri, PREFIXES, string } from '../syntax';
import type { ContradictionQueryOptions } from './options';

const HOLDS_OFFICE = predicateTerm('holdsOffice');

/** The reference facts as rows of `(?cS ?rTk ?rS ?rT)`; facts without a term say nothing and are left out. */
function referenceRows(options: ContradictionQueryOptions): string[] {
  return (options.reference ?? [])
    .filter((fact) => fact.role.term)
    .map(({ entity, role }) => {
      const term = role.term!;
      return `(${iri(entity)} ${string(jsTitleKey(role.title))} ${string(term.earliest ?? '')} ${string(term.latest ?? '~')})`;
    });
}

/**
 * The SPARQL of anachronisms: one row per anachronistic `holdsOffice` claim, `?claim`,
 * with `?polarity`.
 *
 * @example
 * const rows = await store.query(anachronismQuery({ reference: [{ entity: trump, role: { title: 'President', of: usa, term: parseTimeSpan('2025-01-20/..') } }] }));
 */
export function anachronismQuery(options: ContradictionQueryOptions = {}): string {
  const facts = referenceRows(options);
  const roles = `{
  ?cS cg:role ?r . ?r cg:roleTitle ?rTitle ; cg:term ?rTerm .
  OPTIONAL { ?r cg:termEarliest ?rE } OPTIONAL { ?r cg:termLatest ?rL }
  ${spanBounds('?rE', '?rL', '?rS', '?rT')}
${titleKey('?rTitle', '?rTk')}
}${facts.length ? ` UNION { VALUES (?cS ?rTk ?rS ?rT) { ${facts.join(' ')} } }` : ''}`;
  const [claim, role] = [bounds('c', 'V'), { start: '?rS', end: '?rT' }];
  return `${PREFIXES}SELECT ?claim ?polarity
${from(options.graph)}WHERE {
{ SELECT ?c ?cPol (SUM(?share) AS ?sharing) (SUM(?hold) AS ?holding) WHERE {
?c rdf:predicate ${HOLDS_OFFICE} .
${claimPattern('c', { polarity: true, valid: true }, options.minConfidence)}
FILTER(isLiteral(?cO) && ?cDated = 1)
${titleKey('?cO', '?cTk')}
${roles}
FILTER(?rTk = ?cTk)
BIND(IF(${shareDay(claim, role)}, 1, 0) AS ?share)
BIND(IF(${within(claim, role)}, 1, 0) AS ?hold)
} GROUP BY ?c ?cPol }
FILTER((?cPol = cg:Affirmed && ?sharing = 0) || (?cPol = cg:Denied && ?holding > 0))
BIND(?c AS ?claim) BIND(?cPol AS ?polarity)
}
`;
}

/**
 * The claims that may back the anachronisms `claims`: dated `holdsOffice` claims with
 * a literal title from the same sources or about the same holders. The in-memory rule,
 * run over these, picks the backing claims (consistent ones of the same source, or of
 * other sources on the same holder and title).
 *
 * @example
 * const rows = await store.query(anachronismContextQuery(['urn:claimgraph:assertion/2edebcaeb1b5c7be']));
 */
export function anachronismContextQuery(claims: readonly string[], options: Pick<ContradictionQueryOptions, 'graph' | 'minConfidence'> = {}): string {
  return `${PREFIXES}SELECT DISTINCT ?c
${from(options.graph)}WHERE {
VALUES ?x { ${claims.map(iri).join(' ')} }
?x prov:wasDerivedFrom ?source ; rdf:subject ?holder .
{ ?c prov:wasDerivedFrom ?source } UNION { ?c rdf:subject ?holder }
?c rdf:predicate ${HOLDS_OFFICE} .
${claimPattern('c', { valid: true }, options.minConfidence)}
FILTER(isLiteral(?cO) && ?cDated = 1)
}
`;
}
