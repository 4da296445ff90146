import { createHash } from 'node:crypto';
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

/** First 16 hex digits of the SHA-256 of `text`. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
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
  const object = key.object.kind === 'entity' ? [key.object.id] : [key.object.value, key.object.datatype, key.object.language ?? '', key.object.qualifier ?? ''];
  const parts = [
    key.source,
    key.subject,
    key.predicate,
    ...object,
    key.valid?.value ?? '',
    key.evidence ? `${key.evidence.start}-${key.evidence.end}` : '',
    key.attributedTo ?? '',
    key.modality,
    key.polarity,
  ];
  return `${base}assertion/${shortHash(JSON.stringify(parts))}`;
}
