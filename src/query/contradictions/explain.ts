/** The words of explanations: source names, claims as text, quoted evidence. */
import type { Assertion, QuantityQualifier } from '../../model/assertion';
import type { Scan } from './shared';

const QUALIFIER_WORDS: Record<QuantityQualifier, string> = {
  exactly: '',
  atLeast: 'at least ',
  moreThan: 'more than ',
  atMost: 'at most ',
  lessThan: 'less than ',
  approximately: 'about ',
};

/** Longest quotation of evidence before it is cut with `…`. */
const QUOTE_LENGTH = 160;

/** A source document by its file name (without folders), else its title, else its IRI. */
export function sourceName(scan: Scan, id: string): string {
  const source = scan.graph.source(id);
  return source?.file.split(/[\\/]/).pop() || source?.title || id;
}

/** An entity by its label, else its IRI. */
export function entityName(scan: Scan, id: string): string {
  return scan.graph.entity(id)?.label ?? id;
}

const NUMBER = /#(?:integer|decimal|double|float|int|long|nonNegativeInteger)$/;

/** A claim's object as words: an entity's label, a bounded number ("at least 45"), a phrase in quotes. */
export function objectText(scan: Scan, a: Assertion): string {
  const o = a.object;
  if (o.kind === 'entity') return entityName(scan, o.id);
  return NUMBER.test(o.datatype) ? `${o.qualifier ? QUALIFIER_WORDS[o.qualifier] : ''}${o.value}` : `"${o.value}"`;
}

/** A claim as words, whatever its polarity: `Russia vetoes Resolution 2728`. */
export function claimText(scan: Scan, a: Assertion): string {
  const label = scan.predicates.get(a.predicate)?.label ?? a.predicate;
  return `${entityName(scan, a.subject)} ${label} ${objectText(scan, a)}`;
}

/** `affirms` or `denies`. */
export const stance = (a: Assertion): string => (a.polarity === 'affirmed' ? 'affirms' : 'denies');

/** The evidence in quotation marks, on one line and cut to a readable length; `undefined` without evidence. */
export function quote(a: Assertion): string | undefined {
  const text = a.evidence?.text.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return `"${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : text}"`;
}

/** `(2024-03; "quoted evidence")`, leaving out what is unknown: when the claim holds and what the source says. */
export function details(a: Assertion, ...before: string[]): string {
  const parts = [...before, a.valid?.value ?? 'undated', quote(a)].filter((p) => p !== undefined);
  return `(${parts.join('; ')})`;
}
