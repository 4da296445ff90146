import type * as RDFJS from '@rdfjs/types';
import { compareStrings } from '../util/compare-strings';
import { quadsToString, type N3WriterOptions } from './n3';
import { N3_FORMATS, type RdfFormat } from './format';

/**
 * How to serialize quads that are already in the order they should be written. `writeRdf`
 * writes the graph with its own writer (`text-writer.ts`), which gives the same bytes.
 */
export interface SerializeOptions {
  format: RdfFormat;
  /** Prefix name → namespace IRI; written sorted by name. Ignored by N-Quads. */
  prefixes?: Record<string, string>;
  /** RDF version to announce (`@version "1.2".`); not written in N-Quads, which stores reject it in. */
  version?: string;
}

/** The n3 writer options for `options`: prefixes sorted by name, no version in N-Quads. */
export function n3Options({ format, prefixes = {}, version }: SerializeOptions): N3WriterOptions {
  const sorted = Object.fromEntries(Object.entries(prefixes).sort(([a], [b]) => compareStrings(a, b)));
  return { format: N3_FORMATS[format], prefixes: sorted, ...(version && format !== 'nquads' && { version }) };
}

/** Serializes quads to one string. */
export function quadsText(quads: Iterable<RDFJS.Quad>, options: SerializeOptions): string {
  return quadsToString(quads, n3Options(options));
}
