/**
 * Terms written into SPARQL text, and the prefixes every query starts with. Values that
 * come from users (entity IRIs, graph IRIs, titles) are always escaped here, never pasted.
 */
import { SparqlError } from '../errors';
import { NAMESPACES, XSD } from '../rdf/namespaces';

/** The prefixes of the queries: cg, rdf, rdfs, skos, prov, xsd. */
export const PREFIXES = (['cg', 'rdf', 'rdfs', 'skos', 'prov', 'xsd'] as const).map((p) => `PREFIX ${p}: <${NAMESPACES[p]}>\n`).join('');

/** Characters an IRI in SPARQL (IRIREF) cannot hold. */
const NOT_IRI = /[\u0000-\u0020<>"{}|^`\\]/;

/**
 * `<iri>` for a query.
 *
 * @example
 * iri('urn:claimgraph:entity/vladimir-putin') // '<urn:claimgraph:entity/vladimir-putin>'
 * @throws {SparqlError} when the IRI holds a character SPARQL cannot write (space, `<`, `"` …).
 */
export function iri(value: string): string {
  if (value === '' || NOT_IRI.test(value)) throw new SparqlError(`sparql: ${JSON.stringify(value)} cannot be written as an IRI in SPARQL`, { field: 'iri' });
  return `<${value}>`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A string literal, `"…"`, with quotes, backslashes and line breaks escaped.
 *
 * @example
 * string('say "hi"\n') // '"say \\"hi\\"\\n"'
 */
export function string(value: string): string {
  return `"${value.replace(/[\\"\n\r\t\b\f]/g, (c) => ESCAPES[c]!)}"`;
}

/**
 * A number as an `xsd:double` literal, so that arithmetic on it is IEEE double arithmetic, as in JavaScript.
 *
 * @example
 * double(0.02) // '"0.02"^^<http://www.w3.org/2001/XMLSchema#double>'
 */
export function double(value: number): string {
  if (!Number.isFinite(value)) throw new SparqlError(`sparql: ${value} is not a finite number`, { field: 'number' });
  return `${string(String(value))}^^<${XSD.double}>`;
}

/**
 * `FROM <graph>` when a graph is given, so that the query reads only that graph.
 *
 * @example
 * `SELECT * ${from('urn:claimgraph:news')}WHERE { ?s ?p ?o }`
 */
export function from(graph: string | undefined): string {
  return graph === undefined ? '' : `FROM ${iri(graph)}\n`;
}
