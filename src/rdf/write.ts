import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { DescribeOptions } from './descriptions';
import type { RdfFormat, RdfProfile } from './format';
import { graphText } from './graph-text';
import { NAMESPACES } from './namespaces';
import type { SerializeOptions } from './serialize';

/** Options for {@link writeRdf} and {@link toRdf}. */
export interface RdfWriteOptions {
  /** Syntax (default `turtle`). TriG and N-Quads put each document's assertions in its own named graph. */
  format?: RdfFormat;
  /** How assertions are written (default `rdf11`, readable by every store). */
  profile?: RdfProfile;
  /**
   * Prefixes added to (or overriding) the defaults: cg, owl, prov, rdf, rdfs, schema,
   * skos, wd, xsd, and doc / entity / assertion under the graph's base.
   */
  prefixes?: Record<string, string>;
}

/** Options for {@link writeRdf}. */
export interface RdfStreamOptions extends RdfWriteOptions {
  /** End `output` when done (default `false`: the caller owns it, and stdout must stay open). */
  end?: boolean;
}

/** The default prefixes for a graph whose IRIs were minted under `base`. */
export function defaultPrefixes(base: string): Record<string, string> {
  return { ...NAMESPACES, doc: `${base}doc/`, entity: `${base}entity/`, assertion: `${base}assertion/` };
}

/** Bytes of text made ahead of what `output` has taken. */
const READ_AHEAD = 1 << 20;

function plan(graph: KnowledgeGraph, options: RdfWriteOptions): [DescribeOptions, SerializeOptions] {
  const format = options.format ?? 'turtle';
  const profile = options.profile ?? 'rdf11';
  return [
    { profile, namedGraphs: format !== 'turtle' },
    {
      format,
      prefixes: { ...defaultPrefixes(graph.base), ...options.prefixes },
      ...(profile === 'rdf12' && { version: '1.2' }),
    },
  ];
}

/**
 * Streams the graph as RDF to `output`, with backpressure: text is made as the
 * stream drains, never held as one string. Output is sorted, so the same graph always
 * gives the same bytes (those n3's writer gives for {@link toQuads}). Resolves once
 * everything is handed to `output`, which it leaves open unless `end: true`.
 *
 * @example
 * const out = fs.createWriteStream('graph.trig');
 * await writeRdf(graph, out, { format: 'trig', profile: 'rdf12', end: true });
 * await finished(out); // from node:stream/promises
 * @throws {RdfError} when a value cannot be written losslessly.
 */
export async function writeRdf(graph: KnowledgeGraph, output: NodeJS.WritableStream, options: RdfStreamOptions = {}): Promise<void> {
  // Read ahead up to 1 MB, so that text is made while the output writes what came before.
  const text = Readable.from(graphText(graph, ...plan(graph, options)), { objectMode: false, highWaterMark: READ_AHEAD });
  await pipeline(text, output, { end: options.end ?? false });
}

/**
 * The graph as an RDF string, for small graphs (use {@link writeRdf} for large ones).
 *
 * @example
 * const turtle = await toRdf(graph);
 * const nquads = await toRdf(graph, { format: 'nquads', profile: 'rdf12' });
 */
export async function toRdf(graph: KnowledgeGraph, options: RdfWriteOptions = {}): Promise<string> {
  return [...graphText(graph, ...plan(graph, options))].join('');
}
