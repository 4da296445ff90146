/**
 * Pieces the queries are built from: a claim's fields as variables, time checks on
 * `…Earliest` / `…Latest` days (an open end as −∞ / +∞), office-title keys and numbers.
 * Every piece runs on oxigraph and on Virtuoso 7.2 (Debian 12), whose SPARQL has quirks
 * that shape them:
 *
 * - booleans come back as 1/0 and do not order: flags are 1/0 integers;
 * - `BOUND()` is wrong for a variable that comes out of a `UNION`, and `BIND`s in a
 *   flat group next to a `UNION` misbehave: fields are computed inside subqueries, and
 *   unknown values are sentinels (`""`, `"~"`, 0), never unbound;
 * - a failed cast fails the whole query: casts run only on what a regex lets through;
 * - `REPLACE` of a `REPLACE` (or of `LCASE`) garbles non-ASCII text: one `REPLACE`
 *   per key;
 * - a predicate shared by both sides of a join is looked up by predicate (every claim
 *   of it): predicates are restricted by `VALUES` or compared as strings;
 * - `POST application/sparql-query` is never answered (see `EndpointStore`).
 */
import { cg } from '../rdf/namespaces';
import { double, iri, string } from './syntax';

/** A claim variable, e.g. `a`: its fields are `?aS`, `?aP`, `?aO`, `?aPol` … */
export type ClaimVar = string;

/** Which fields {@link claimPattern} binds besides `?x ?xS ?xP ?xO`. */
export interface ClaimFields {
  /** `?xPol`: `cg:Affirmed` or `cg:Denied` (affirmed when not stated). */
  polarity?: boolean;
  /** `?xFact`: 1 when asserted or reported (asserted when not stated), else 0. */
  modality?: boolean;
  /** The valid time: `?xDated` (1/0) and its bounds `?xVS` / `?xVT` (see {@link spanBounds}). */
  valid?: boolean;
  /** The recorded time: `?xHasR` (1/0) and its bounds `?xRS` / `?xRT`. */
  recorded?: boolean;
  /** `?xWho`: the speaker's IRI as a string, `""` when none. */
  speaker?: boolean;
}

/**
 * `cg:<id>` of a predicate id, as SPARQL.
 *
 * @example
 * predicateTerm('meets') // '<https://w3id.org/claimgraph/ns#meets>'
 */
export const predicateTerm = (id: string): string => iri(cg(id));

/**
 * `VALUES ?x { … }`, or `FILTER(false)` for an empty list. A claim's predicate is
 * restricted this way rather than by `FILTER(?xP IN (…))`: Virtuoso then looks claims up
 * by predicate instead of scanning them for every row of the other side.
 *
 * @example
 * valuesOf('?aP', [predicateTerm('deathToll')]) // 'VALUES ?aP { <…#deathToll> }'
 */
export function valuesOf(variable: string, terms: readonly string[]): string {
  return terms.length === 0 ? 'FILTER(false)' : `VALUES ${variable} { ${terms.join(' ')} }`;
}

/**
 * `?x IN (…)`, or `false` for an empty list (which some servers do not parse).
 *
 * @example
 * isOneOf('?aP', [predicateTerm('meets')]) // '?aP IN (<…#meets>)'
 */
export function isOneOf(variable: string, terms: readonly string[]): string {
  return terms.length === 0 ? 'false' : `${variable} IN (${terms.join(', ')})`;
}

/**
 * Binds `start` and `end` to a span's first and last day as strings, `""` for an open
 * start and `"~"` for an open end — the keys the in-memory checks compare, which sort as
 * −∞ and +∞ among `YYYY-MM-DD` days. Strings rather than unbound variables, because
 * Virtuoso 7 answers `BOUND()` wrongly for variables that come out of a `UNION`.
 *
 * @example
 * spanBounds('?rE', '?rL', '?rS', '?rT') // binds ?rS = "2022-07-01" or "", ?rT = "2022-12-29" or "~"
 */
export function spanBounds(earliest: string, latest: string, start: string, end: string): string {
  return `BIND(IF(BOUND(${earliest}), STR(${earliest}), "") AS ${start}) BIND(IF(BOUND(${latest}), STR(${latest}), "~") AS ${end})`;
}

/**
 * The pattern of one claim: `?x a cg:Assertion; rdf:subject ?xS; rdf:predicate ?xP;
 * rdf:object ?xO`, the requested fields, and the confidence floor (a claim without
 * `cg:confidence` counts as 1, as on import).
 *
 * @example
 * `SELECT ?a WHERE { ${claimPattern('a', { polarity: true, valid: true })} FILTER(?aPol = cg:Denied && ?aDated = 1) }`
 */
export function claimPattern(x: ClaimVar, fields: ClaimFields, minConfidence = 0): string {
  const v = (name: string) => `?${x}${name}`;
  const lines = [`?${x} a cg:Assertion ; rdf:subject ${v('S')} ; rdf:predicate ${v('P')} ; rdf:object ${v('O')} .`];
  if (fields.polarity) lines.push(`OPTIONAL { ?${x} cg:polarity ${v('Pol0')} } BIND(COALESCE(${v('Pol0')}, cg:Affirmed) AS ${v('Pol')})`);
  if (fields.modality) lines.push(`OPTIONAL { ?${x} cg:modality ${v('Mod0')} } BIND(IF(COALESCE(${v('Mod0')}, cg:Asserted) IN (cg:Asserted, cg:Reported), 1, 0) AS ${v('Fact')})`);
  const span = (stem: string, letter: string, flag: string) =>
    `OPTIONAL { ?${x} cg:${stem} ${v(`${letter}0`)} } OPTIONAL { ?${x} cg:${stem}Earliest ${v(`${letter}E`)} } OPTIONAL { ?${x} cg:${stem}Latest ${v(`${letter}L`)} }\n` +
    `BIND(IF(BOUND(${v(`${letter}0`)}), 1, 0) AS ${v(flag)}) ${spanBounds(v(`${letter}E`), v(`${letter}L`), v(`${letter}S`), v(`${letter}T`))}`;
  if (fields.valid) lines.push(span('valid', 'V', 'Dated'));
  if (fields.recorded) lines.push(span('recorded', 'R', 'HasR'));
  if (fields.speaker) lines.push(`OPTIONAL { ?${x} prov:wasAttributedTo ${v('Who0')} } BIND(IF(BOUND(${v('Who0')}), STR(${v('Who0')}), "") AS ${v('Who')})`);
  if (minConfidence > 0) lines.push(`OPTIONAL { ?${x} cg:confidence ${v('Conf')} } FILTER(!BOUND(${v('Conf')}) || ${v('Conf')} >= ${double(minConfidence)})`);
  return lines.join('\n');
}

/** The variables of a span's bounds as {@link spanBounds} binds them. */
export interface Bounds {
  start: string;
  end: string;
}

/**
 * `?x`'s valid (`V`) or recorded (`R`) bounds.
 *
 * @example
 * bounds('a', 'V') // { start: '?aVS', end: '?aVT' }
 */
export const bounds = (x: ClaimVar, axis: 'V' | 'R'): Bounds => ({ start: `?${x}${axis}S`, end: `?${x}${axis}T` });

/**
 * Whether two spans share a day: neither ends before the other starts.
 *
 * @example
 * `FILTER(${shareDay(bounds('x', 'V'), bounds('y', 'V'))})`
 */
export function shareDay(a: Bounds, b: Bounds): string {
  return `(${a.start} <= ${b.end} && ${b.start} <= ${a.end})`;
}

/**
 * Whether every day `inner` may cover lies in `outer`.
 *
 * @example
 * `BIND(IF(${within(bounds('c', 'V'), { start: '?rS', end: '?rT' })}, 1, 0) AS ?hold)`
 */
export function within(inner: Bounds, outer: Bounds): string {
  return `(${outer.start} <= ${inner.start} && ${inner.end} <= ${outer.end})`;
}

/**
 * Whether two claims' times are compatible, as `pairsInTime` in src/query/contradictions:
 * both valid times known and sharing a day, or (either being unknown) both recorded
 * times known and sharing a day. Needs the `valid` and `recorded` fields.
 *
 * @example
 * `FILTER(${compatibleTimes('a', 'b')})`
 */
export function compatibleTimes(a: ClaimVar, b: ClaimVar): string {
  return (
    `((?${a}Dated = 1 && ?${b}Dated = 1 && ${shareDay(bounds(a, 'V'), bounds(b, 'V'))}) || ` +
    `((?${a}Dated = 0 || ?${b}Dated = 0) && ?${a}HasR = 1 && ?${b}HasR = 1 && ${shareDay(bounds(a, 'R'), bounds(b, 'R'))}))`
  );
}

/**
 * Whether both valid times are known: the pair then agrees on valid time.
 *
 * @example
 * `BIND(IF(${bothDated('a', 'b')} && ?aFact = 1 && ?bFact = 1, "hard", "soft") AS ?severity)`
 */
export const bothDated = (a: ClaimVar, b: ClaimVar): string => `?${a}Dated = 1 && ?${b}Dated = 1`;

/**
 * `"valid"` when both valid times are known, else `"recorded"`.
 *
 * @example
 * `BIND(${basis('a', 'b')} AS ?basis)`
 */
export const basis = (a: ClaimVar, b: ClaimVar): string => `IF(${bothDated(a, b)}, "valid", "recorded")`;

/**
 * Whitespace as JavaScript's `\s` and `trim()` see it, written as the characters
 * themselves so that every regex engine reads the class alike.
 */
const WHITESPACE = '[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+';

/**
 * Binds `out` to the title key of `value`, as `titleKey` in src/query/contradictions
 * (trimmed, runs of whitespace as one space, lower case): one `REPLACE` to collapse
 * whitespace, then at most one space cut at each end.
 *
 * @example
 * titleKey('?cO', '?cTk') // binds ?cTk to "prime minister" for " Prime  Minister"
 */
export function titleKey(value: string, out: string): string {
  const [collapsed, started] = [`${out}_c`, `${out}_t`];
  return [
    `BIND(LCASE(REPLACE(STR(${value}), ${string(WHITESPACE)}, " ")) AS ${collapsed})`,
    `BIND(IF(STRSTARTS(${collapsed}, " "), SUBSTR(${collapsed}, 2), ${collapsed}) AS ${started})`,
    `BIND(IF(STRENDS(${started}, " "), SUBSTR(${started}, 1, STRLEN(${started}) - 1), ${started}) AS ${out})`,
  ].join('\n');
}

/** A number in decimal notation, as JavaScript's `Number()` reads it (hex, octal and padded forms aside). */
const NUMBER = '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$';
const MAX_DOUBLE = '"1.7976931348623157E308"^^xsd:double';

/**
 * Binds `out` to the value of the literal `value` as an `xsd:double`, and `out`Is to 1
 * when its lexical form is a finite number (else 0, and `out` to 0): the cast only runs
 * on what the regex lets through, since some servers fail the whole query on a bad cast.
 *
 * @example
 * numberOf('?aO', '?aNum') // binds ?aNum = 45.0e0 and ?aNumIs = 1 for "45"^^xsd:integer; ?aNumIs = 0 for "hundreds"
 */
export function numberOf(value: string, out: string): string {
  return [
    `BIND(IF(isLiteral(${value}) && REGEX(STR(${value}), ${string(NUMBER)}), 1, 0) AS ${out}_lexical)`,
    `BIND(IF(${out}_lexical = 1, xsd:double(STR(${value})), "0"^^xsd:double) AS ${out})`,
    `BIND(IF(${out}_lexical = 1 && ${out} >= -${MAX_DOUBLE} && ${out} <= ${MAX_DOUBLE}, 1, 0) AS ${out}Is)`,
  ].join('\n');
}
