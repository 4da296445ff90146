import * as nodeCrypto from 'node:crypto';
import type { Assertion } from './assertion';

/**
 * Deterministic IRIs for instance data. The same input always mints the same IRI, so two
 * runs over one corpus give identical graphs and identical Turtle.
 *
 * The default base is a URN: it promises no web address. Pass your own `base`
 * (ending in `/` or `#`, e.g. `https://data.example.org/news/`) to publish.
 */
export const DEFAULT_BASE = 'urn:claimgraph:';

/** Wikidata's entity namespace, used for `sameAs`. */
export const WIKIDATA = 'http://www.wikidata.org/entity/';

/** The Wikidata IRI of a QID (`Q7747` → `http://www.wikidata.org/entity/Q7747`). */
export function wikidataIri(qid: string): string {
  return WIKIDATA + qid;
}

/** One-shot `crypto.hash` (Node ≥ 20.12): no Hash object per call, which minting an IRI per assertion would pay. */
const oneShotHash = typeof nodeCrypto.hash === 'function' ? nodeCrypto.hash : undefined;

/** First 16 hex digits of the SHA-256 of `text`. */
export function shortHash(text: string): string {
  const hex = oneShotHash ? oneShotHash('sha256', text, 'hex') : nodeCrypto.createHash('sha256').update(text).digest('hex');
  return hex.slice(0, 16);
}

/**
 * A readable IRI segment: `Báo Quốc Tế` → `bao-quoc-te`. Text with no Latin letters or
 * digits gets a hash instead, so every label yields a segment.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || `h${shortHash(text)}`;
}

/** IRI of a source document from its id (`000_8c0f…` → `urn:claimgraph:doc/000_8c0f…`). */
export function documentIri(documentId: string, base = DEFAULT_BASE): string {
  return `${base}doc/${encodeURIComponent(documentId)}`;
}

/** IRI of an entity from its preferred label. Same label, same IRI: merge by label. */
export function entityIri(label: string, base = DEFAULT_BASE): string {
  return `${base}entity/${slugify(label)}`;
}

/** The fields of an assertion that make it this claim and not another. */
export type AssertionKey = Omit<Assertion, 'id' | 'confidence' | 'recorded'>;

/**
 * IRI of an assertion: a hash of what it claims, where and how. Two extractions of the
 * same claim from the same evidence mint the same IRI; the confidence does not count.
 */
export function assertionIri(key: AssertionKey, base = DEFAULT_BASE): string {
  const { object } = key;
  const valid = key.valid?.value ?? '';
  const evidence = key.evidence ? `${key.evidence.start}-${key.evidence.end}` : '';
  const speaker = key.attributedTo ?? '';
  // One array literal per object kind rather than spreading the object's parts in: the same JSON text, fewer allocations.
  const parts =
    object.kind === 'entity'
      ? [key.source, key.subject, key.predicate, object.id, valid, evidence, speaker, key.modality, key.polarity]
      : [key.source, key.subject, key.predicate, object.value, object.datatype, object.language ?? '', object.qualifier ?? '', valid, evidence, speaker, key.modality, key.polarity];
  return flat(assertionPrefix(base) + shortHash(jsonOfStrings(parts)));
}

let prefixBase = DEFAULT_BASE;
let prefix = flat(`${DEFAULT_BASE}assertion/`);

/** `${base}assertion/`, made once for a run of IRIs with the same base rather than once each. */
function assertionPrefix(base: string): string {
  if (base !== prefixBase) {
    prefixBase = base;
    prefix = flat(`${base}assertion/`);
  }
  return prefix;
}

/**
 * `text`, flattened now: V8 does so on a character read. Left a rope (as `+` makes it), a
 * string the graph keeps also keeps its pieces — for an IRI, the whole 64-digit hash:
 * some 75 bytes more per assertion.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Matches `["…","…",…]` of exactly `n` strings with no character JSON would escape (`"`, `\`, a control character, a surrogate). */
const plainJsonArrays: RegExp[] = [];
function plainJsonArray(n: number): RegExp {
  const plain = '[^"\\\\\\u0000-\\u001f\\ud800-\\udfff]*';
  return (plainJsonArrays[n] ??= new RegExp(`^\\["(?:${plain}","){${n - 1}}${plain}"\\]$`));
}

/**
 * `JSON.stringify(parts)`, for one or more strings: the parts concatenated when none needs
 * escaping (IRIs, predicates and dates do not), which costs some 40 % less than
 * JSON.stringify, where minting an IRI spent most of its time. The regex counts the parts,
 * so the check is exact: a quote inside a part would add quotes.
 */
function jsonOfStrings(parts: readonly string[]): string {
  let text = `["${parts[0]}`;
  for (let i = 1; i < parts.length; i++) text += `","${parts[i]}`;
  text += '"]';
  return plainJsonArray(parts.length).test(text) ? text : JSON.stringify(parts);
}
