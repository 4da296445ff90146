import type * as RDFJS from '@rdfjs/types';
import { SparqlError } from '../errors';
import { quadsFromString, type N3SyntaxError } from '../rdf/n3';
import type { SparqlLoadInput } from './store';

/**
 * The quads of a load input: quads as given, or N-Quads / N-Triples text parsed (in one
 * piece: pass quads for large inputs).
 *
 * @example
 * inputQuads('<urn:a> <urn:p> "x" .\n', 'OxigraphStore.load') // [Quad]
 * @throws {SparqlError} with the line for text that is not N-Quads.
 */
export function inputQuads(input: SparqlLoadInput, caller: string): Iterable<RDFJS.Quad> | AsyncIterable<RDFJS.Quad> {
  if (typeof input !== 'string') return input;
  try {
    return quadsFromString(input, { format: 'N-Quads' });
  } catch (error) {
    const line = (error as N3SyntaxError).context?.line;
    throw new SparqlError(`${caller}: the text is not N-Quads: ${(error as Error).message}`, line === undefined ? {} : { line }, { cause: error });
  }
}
