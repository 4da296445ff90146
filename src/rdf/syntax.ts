/**
 * What RDF accepts as an IRI and as a language tag. The graph takes any string as an
 * IRI; the writer checks each one here so that it never writes a file that a store
 * refuses (n3 writes `<a b>` as it is; oxigraph rejects it, and so does n3 on reading).
 */
import { isIPv6 } from 'node:net';

// RFC 3987 character classes, as the bodies of `[…]` in a `u` regular expression.
const UCSCHAR = [
  '\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF',
  ...Array.from({ length: 13 }, (_, i) => `\\u{${(i + 1).toString(16)}0000}-\\u{${(i + 1).toString(16)}FFFD}`),
  '\\u{E1000}-\\u{EFFFD}',
].join('');
const IPRIVATE = '\\uE000-\\uF8FF\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const UNRESERVED = `A-Za-z0-9\\-._~${UCSCHAR}`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const AUTHORITY = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?(?:\\[([^\\]]*)\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)(?::[0-9]*)?`;

/** An absolute IRI (RFC 3987 `IRI`: scheme, then an authority and path, or a path; query; fragment). Group 1 is an IP literal's inside. */
const IRI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+\\-.]*:(?://${AUTHORITY}(?:/${PCHAR}*)*|(?!//)(?:${PCHAR}|/)*)(?:\\?(?:${PCHAR}|[/?${IPRIVATE}])*)?(?:#(?:${PCHAR}|[/?])*)?$`,
  'u',
);
const IP_FUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~${SUB_DELIMS}:]+$`);

/** Why `iri` cannot be written as an IRI, or `undefined` when it can. */
export function iriProblem(iri: string): string | undefined {
  const match = IRI.exec(iri);
  const ipLiteral = match?.[1];
  if (match && (ipLiteral === undefined || IP_FUTURE.test(ipLiteral) || (!ipLiteral.includes('%') && isIPv6(ipLiteral)))) return undefined;
  return `${JSON.stringify(iri)} is not an absolute IRI (RFC 3987)`;
}

const GRANDFATHERED = 'i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)|en-gb-oed|sgn-(?:be-fr|be-nl|ch-de)';

/** A well-formed BCP 47 language tag (RFC 5646 `Language-Tag`), in any case. */
const LANGUAGE_TAG = new RegExp(
  '^(?:' +
    '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})' + // language, extended language subtags
    '(?:-[a-z]{4})?' + // script
    '(?:-(?:[a-z]{2}|[0-9]{3}))?' + // region
    '(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*' + // variants
    '(?:-[a-wyz0-9](?:-[a-z0-9]{2,8})+)*' + // extensions
    '(?:-x(?:-[a-z0-9]{1,8})+)?' + // private use
    `|x(?:-[a-z0-9]{1,8})+|${GRANDFATHERED})$`,
  'i',
);

/** Whether `tag` is a well-formed BCP 47 language tag, as RDF requires of a language-tagged string. */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}
