import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { RdfFormat, RdfProfile } from './format';
import { NAMESPACES } from './namespaces';
import { pipeQuads, quadsText, type SerializeOptions } from './serialize';
import { toQuads } from './to-quads';

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

function plan(graph: KnowledgeGraph, options: RdfWriteOptions): [ReturnType<typeof toQuads>, SerializeOptions] {
  const format = options.format ?? 'turtle';
  const profile = options.profile ?? 'rdf11';
  return [
    toQuads(graph, { profile, namedGraphs: format !== 'turtle' }),
    {
      format,
      prefixes: { ...defaultPrefixes(graph.base), ...options.prefixes },
      ...(profile === 'rdf12' && { version: '1.2' }),
    },
  ];
}

/**
 * Streams the graph as RDF to `output`, with backpressure: quads are made as the
 * stream drains, never held as one string. Output is sorted, so the same graph always
 * gives the same bytes. Resolves once everything is handed to `output`, which it leaves
 * open unless `end: true`.
 *
 * @example
 * const out = fs.createWriteStream('graph.trig');
 * await writeRdf(graph, out, { format: 'trig', profile: 'rdf12', end: true });
 * await finished(out); // from node:stream/promises
 * @throws {RdfError} when a value cannot be written losslessly.
 */
export async function writeRdf(graph: KnowledgeGraph, output: NodeJS.WritableStream, options: RdfStreamOptions = {}): Promise<void> {
  const [quads, serialize] = plan(graph, options);
  await pipeQuads(quads, output, { ...serialize, end: options.end ?? false });
}

/**
 * The graph as an RDF string, for small graphs (use {@link writeRdf} for large ones).
 *
 * @example
 * const turtle = await toRdf(graph);
 * const nquads = await toRdf(graph, { format: 'nquads', profile: 'rdf12' });
 */
export async function toRdf(graph: KnowledgeGraph, options: RdfWriteOptions = {}): Promise<string> {
  const [quads, serialize] = plan(graph, options);
  return quadsText(quads, serialize);
}
