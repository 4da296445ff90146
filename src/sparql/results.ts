/** SPARQL 1.1 Query Results JSON (application/sparql-results+json) → bindings of RDF/JS terms. */
import type * as RDFJS from '@rdfjs/types';
import { SparqlError } from '../errors';
import { factory } from '../rdf/n3';
import type { SparqlBindings } from './store';

/** One term of the JSON format; `typed-literal` is the older name some servers (Virtuoso) still write. */
interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings?: Array<Record<string, JsonTerm>> };
}

/** An RDF/JS term for one JSON term. */
function term(json: JsonTerm): RDFJS.NamedNode | RDFJS.BlankNode | RDFJS.Literal {
  switch (json.type) {
    case 'uri':
      return factory.namedNode(json.value);
    case 'bnode':
      return factory.blankNode(json.value);
    case 'literal':
    case 'typed-literal': {
      const language = json['xml:lang'];
      if (language) return factory.literal(json.value, language);
      return json.datatype ? factory.literal(json.value, factory.namedNode(json.datatype)) : factory.literal(json.value);
    }
    default:
      throw new Error(`a term of type "${json.type}"`);
  }
}

/**
 * The solutions of a JSON results document; an ASK result gives one empty solution for
 * true and none for false.
 *
 * @example
 * parseJsonResults('{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"urn:a"}}]}}', 'http://localhost:8890/sparql')
 * // [{ s: NamedNode('urn:a') }]
 * @throws {SparqlError} naming `endpoint` when the text is not such a document.
 */
export function parseJsonResults(text: string, endpoint: string): SparqlBindings[] {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch {
    throw new SparqlError(`parseJsonResults: ${endpoint} did not answer SPARQL JSON results: ${JSON.stringify(text.slice(0, 120))}`, { endpoint });
  }
  if (typeof json.boolean === 'boolean') return json.boolean ? [{}] : [];
  const rows = json.results?.bindings;
  if (!Array.isArray(rows)) throw new SparqlError(`parseJsonResults: ${endpoint} answered JSON without results.bindings`, { endpoint });
  try {
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, term(value)])));
  } catch (error) {
    throw new SparqlError(`parseJsonResults: ${endpoint} answered ${(error as Error).message}, which claimgraph does not read`, { endpoint }, { cause: error });
  }
}
