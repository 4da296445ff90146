import type * as RDFJS from '@rdfjs/types';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { compareStrings } from '../util/compare-strings';
import { createStreamWriter, quadsToString, type N3WriterOptions } from './n3';
import { N3_FORMATS, type RdfFormat } from './format';

/** How to serialize quads that are already in the order they should be written. */
export interface SerializeOptions {
  format: RdfFormat;
  /** Prefix name → namespace IRI; written sorted by name. Ignored by N-Quads. */
  prefixes?: Record<string, string>;
  /** RDF version to announce (`@version "1.2".`); not written in N-Quads, which stores reject it in. */
  version?: string;
}

function n3Options({ format, prefixes = {}, version }: SerializeOptions): N3WriterOptions {
  const sorted = Object.fromEntries(Object.entries(prefixes).sort(([a], [b]) => compareStrings(a, b)));
  return { format: N3_FORMATS[format], prefixes: sorted, ...(version && format !== 'nquads' && { version }) };
}

/** Serializes quads to one string. */
export function quadsText(quads: Iterable<RDFJS.Quad>, options: SerializeOptions): string {
  return quadsToString(quads, n3Options(options));
}

/**
 * Streams quads to `output` through n3's StreamWriter. `pipeline` pulls from the
 * iterable only as fast as `output` drains, so memory stays flat however many quads.
 */
export async function pipeQuads(
  quads: Iterable<RDFJS.Quad>,
  output: NodeJS.WritableStream,
  options: SerializeOptions & { end?: boolean },
): Promise<void> {
  await pipeline(Readable.from(quads), createStreamWriter(n3Options(options)), output, { end: options.end ?? false });
}
