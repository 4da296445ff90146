import type * as RDFJS from '@rdfjs/types';
import { compareStrings } from '../util/compare-strings';
import { RDF } from './namespaces';

/**
 * A sort key for a term, N-Triples-like so that it is canonical: IRIs as themselves
 * (they sort among themselves by code unit), literals as `"value"@lang` / `"value"^^dt`,
 * triple terms as `<<s p o>>`, the default graph as the empty string.
 */
export function termKey(term: RDFJS.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return term.value;
    case 'Literal':
      return term.language ? `"${term.value}"@${term.language}` : `"${term.value}"^^${term.datatype.value}`;
    case 'Quad':
      return `<<${termKey(term.subject)} ${termKey(term.predicate)} ${termKey(term.object)}>>`;
    case 'DefaultGraph':
      return '';
    default:
      return `_:${term.value}`;
  }
}

/** `rdf:type` first (it reads best as `a …` at the head of a description), then by IRI. */
function predicateKey(predicate: RDFJS.Term): string {
  return predicate.value === RDF.type ? '' : termKey(predicate);
}

/** The canonical quad order: graph, subject, predicate, object. */
export function compareQuads(a: RDFJS.Quad, b: RDFJS.Quad): number {
  return (
    compareStrings(termKey(a.graph), termKey(b.graph)) ||
    compareStrings(termKey(a.subject), termKey(b.subject)) ||
    compareStrings(predicateKey(a.predicate), predicateKey(b.predicate)) ||
    compareStrings(termKey(a.object), termKey(b.object))
  );
}

/** The canonical order of one subject's properties in one graph: predicate (`rdf:type` first), then object. */
export function compareProperties(a: { predicate: string; object: RDFJS.Term }, b: { predicate: string; object: RDFJS.Term }): number {
  if (a.predicate !== b.predicate) return a.predicate === RDF.type ? -1 : b.predicate === RDF.type ? 1 : compareStrings(a.predicate, b.predicate);
  return compareStrings(termKey(a.object), termKey(b.object));
}

/** Quads in canonical order, without duplicates. */
export function sortQuads(quads: Iterable<RDFJS.Quad>): RDFJS.Quad[] {
  const sorted = [...quads].sort(compareQuads);
  return sorted.filter((q, i) => i === 0 || compareQuads(sorted[i - 1]!, q) !== 0);
}
