/**
 * Quads as ASCII-only N-Triples, in batches per graph, for loading into a store. Every
 * character outside ASCII is written as a `\u` escape, so that no server can misread the
 * bytes whatever charset it assumes; the same text is valid inside a SPARQL
 * `INSERT DATA` (it never escapes a quote or a line break with `\u`).
 */
import type * as RDFJS from '@rdfjs/types';
import { SparqlError } from '../errors';
import { XSD } from '../rdf/namespaces';

/** Triples of one graph (`null`: the default graph), as N-Triples text. */
export interface TripleBatch {
  graph: string | null;
  text: string;
  count: number;
}

const ECHAR: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' };

/** `\uXXXX` or `\UXXXXXXXX` for a code point. */
const uchar = (c: string): string => {
  const code = c.codePointAt(0)!;
  return code > 0xffff ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Escapes what N-Triples needs escaped, and everything outside printable ASCII. */
const asciiString = (value: string): string => value.replace(/[\\"\n\r]|[^\u0020-\u007e]/gu, (c) => ECHAR[c] ?? uchar(c));

function iriText(value: string): string {
  if (/[\u0000-\u0020<>"{}|^`\\]/.test(value)) throw new SparqlError(`load: <${value}> is not an IRI N-Triples can write`, { field: 'iri' });
  return `<${value.replace(/[^\u0020-\u007e]/gu, uchar)}>`;
}

function termText(term: RDFJS.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return iriText(term.value);
    case 'BlankNode':
      return `_:${term.value.replace(/[^A-Za-z0-9_]/g, '_')}`;
    case 'Literal': {
      const lexical = `"${asciiString(term.value)}"`;
      if (term.language) return `${lexical}@${term.language}`;
      return term.datatype.value === XSD.string ? lexical : `${lexical}^^${iriText(term.datatype.value)}`;
    }
    case 'Quad':
      throw new SparqlError('load: a triple term (the RDF 1.2 profile) cannot be loaded into a SPARQL 1.1 store; load the rdf11 profile', { field: 'profile' });
    default:
      throw new SparqlError(`load: a ${term.termType} cannot be loaded`, {});
  }
}

/**
 * One triple as an N-Triples line (with its newline), ASCII only.
 *
 * @example
 * tripleLine(quad(namedNode('urn:a'), namedNode('urn:p'), literal('é'))) // '<urn:a> <urn:p> "\\u00E9" .\n'
 */
export function tripleLine(quad: RDFJS.Quad): string {
  return `${termText(quad.subject)} ${termText(quad.predicate)} ${termText(quad.object)} .\n`;
}

/** The graph a quad goes to: `into` when given, else its own (`null` for the default graph). */
const graphOf = (quad: RDFJS.Quad, into: string | undefined): string | null =>
  into ?? (quad.graph.termType === 'DefaultGraph' ? null : quad.graph.value);

/**
 * Batches of at most `size` triples; a batch ends where the graph changes, so input
 * sorted by graph (as `toQuads` writes it) makes the fewest batches.
 *
 * @example
 * for await (const { graph, text } of tripleBatches(toQuads(kg), 5000)) await post(graph, text);
 */
export async function* tripleBatches(quads: Iterable<RDFJS.Quad> | AsyncIterable<RDFJS.Quad>, size: number, into?: string): AsyncGenerator<TripleBatch> {
  let batch: TripleBatch | undefined;
  for await (const quad of quads) {
    const graph = graphOf(quad, into);
    if (batch && (batch.graph !== graph || batch.count >= size)) {
      yield batch;
      batch = undefined;
    }
    batch ??= { graph, text: '', count: 0 };
    batch.text += tripleLine(quad);
    batch.count += 1;
  }
  if (batch) yield batch;
}
