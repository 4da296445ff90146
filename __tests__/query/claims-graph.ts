import { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import type { Assertion, LiteralObject, Modality, Polarity, QuantityQualifier } from '../../src/model/assertion';
import type { Role } from '../../src/model/entity';
import { documentIri, entityIri } from '../../src/model/iri';
import { parseTimeSpan } from '../../src/time/timespan';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

export const e = (label: string): string => entityIri(label);

/** A claim in test shorthand: labels for entities, a file stem for the source. */
export interface Claim {
  s: string;
  p: string;
  /** An entity label, or a literal. */
  o: string | LiteralObject;
  doc: string;
  valid?: string | null;
  polarity?: Polarity;
  modality?: Modality;
  by?: string;
  text?: string;
  confidence?: number;
}

export const number = (value: number, qualifier: QuantityQualifier = 'exactly', type = 'integer'): LiteralObject => ({ kind: 'literal', value: String(value), datatype: `${XSD}${type}`, qualifier });
export const text = (value: string): LiteralObject => ({ kind: 'literal', value, datatype: `${XSD}string` });

/**
 * A graph of the given sources (file stem → publication span, or null) and claims; every
 * entity a claim names is added as a Person, with `roles` by label.
 */
export function claimsGraph(sources: Record<string, string | null>, claims: Claim[], roles: Record<string, Role[]> = {}): { kg: KnowledgeGraph; ids: Assertion[] } {
  const kg = new KnowledgeGraph();
  for (const [name, published] of Object.entries(sources)) {
    kg.addSource({
      id: documentIri(name),
      file: `corpus/${name}.txt`,
      title: `Title of ${name}`,
      outlet: null,
      url: null,
      language: 'en',
      published: { time: published === null ? null : parseTimeSpan(published), basis: published === null ? 'unknown' : 'manifest', note: '' },
    });
  }
  const labels = new Set([...Object.keys(roles), ...claims.flatMap((c) => [c.s, ...(typeof c.o === 'string' ? [c.o] : []), ...(c.by ? [c.by] : [])])]);
  for (const label of [...labels].sort()) kg.addEntity({ kind: 'Person', label, roles: roles[label] ?? [] });
  const ids = claims.map((c) => {
    const words = c.text ?? `${c.s} ${c.p} ${typeof c.o === 'string' ? c.o : c.o.value}`;
    return kg.addAssertion({
      subject: e(c.s),
      predicate: c.p,
      object: typeof c.o === 'string' ? { kind: 'entity', id: e(c.o) } : c.o,
      source: documentIri(c.doc),
      valid: c.valid ? parseTimeSpan(c.valid) : null,
      evidence: { start: 0, end: words.length, text: words },
      polarity: c.polarity ?? 'affirmed',
      modality: c.modality ?? 'asserted',
      attributedTo: c.by ? e(c.by) : null,
      confidence: c.confidence ?? 1,
    });
  });
  return { kg, ids };
}

/** {@link claimsGraph}'s graph alone. */
export const graphOf = (...args: Parameters<typeof claimsGraph>): KnowledgeGraph => claimsGraph(...args).kg;

/** Dated offices for the anachronism tests: Trump's two terms, Assad's fall, Putin since 2012. */
export const OFFICE_ROLES: Record<string, Role[]> = {
  'Donald Trump': [
    { title: 'President', of: e('United States'), term: parseTimeSpan('2017-01-20/2021-01-20') },
    { title: 'President', of: e('United States'), term: parseTimeSpan('2025-01-20/..') },
  ],
  'Bashar al-Assad': [{ title: 'President', of: e('Syria'), term: parseTimeSpan('2000-07-17/2024-12-08') }],
  'Vladimir Putin': [{ title: 'President', of: null, term: parseTimeSpan('2012-05-07/..') }],
  'United States': [],
  Syria: [],
};

/** A `holdsOffice` claim: `s` holds (or, denied, no longer holds) the office `title` at `valid`. */
export const office = (s: string, title: string, doc: string, valid: string | null, polarity: Polarity = 'affirmed', words?: string): Claim => ({
  s,
  p: 'holdsOffice',
  o: text(title),
  doc,
  valid,
  polarity,
  ...(words && { text: words }),
});
