import type { N3Format } from './n3';

/** The RDF syntaxes claimgraph reads and writes. */
export type RdfFormat = 'turtle' | 'trig' | 'nquads';

/**
 * How assertions are written. `rdf11` (default): a node per assertion with
 * `rdf:subject` / `rdf:predicate` / `rdf:object`, readable by every store. `rdf12`: the
 * node is a reifier, `rdf:reifies <<( s p o )>>`. Neither asserts the triple itself.
 */
export type RdfProfile = 'rdf11' | 'rdf12';

/** n3's name of each format. */
export const N3_FORMATS: Record<RdfFormat, N3Format> = { turtle: 'Turtle', trig: 'TriG', nquads: 'N-Quads' };

const EXTENSIONS: Record<string, RdfFormat> = { ttl: 'turtle', turtle: 'turtle', trig: 'trig', nq: 'nquads', nt: 'nquads' };

/**
 * The format a file name implies (`.ttl`, `.trig`, `.nq`, `.nt`), if any.
 *
 * @example
 * formatFromFile('out/graph.trig') // 'trig'
 */
export function formatFromFile(file: string): RdfFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}
