import { Readable } from 'node:stream';
import { RdfError } from '../errors';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { formatFromFile, N3_FORMATS, type RdfFormat } from './format';
import { QuadIndex, type RdfImport } from './from-quads';
import { createStreamParser, type N3SyntaxError } from './n3';

/** Options for {@link readRdf} and {@link importRdf}. */
export interface RdfReadOptions {
  /** Syntax; defaults to the one `file`'s extension implies, else TriG (which also reads Turtle). */
  format?: RdfFormat;
  /** The file the input comes from: picks the format and is named in errors. */
  file?: string;
  /** Base for IRIs the returned graph mints later (default the library's default base). */
  base?: string;
}

/**
 * Reads RDF written by {@link writeRdf} (Turtle, TriG or N-Quads, either profile) into a
 * graph, and reports what it did not use.
 *
 * @example
 * const { graph, ignored, warnings } = await importRdf(fs.createReadStream('graph.ttl'), { file: 'graph.ttl' });
 * @throws {RdfError} with `file` and `line` for a syntax error; naming node and property
 *   for data that is not a valid claimgraph graph.
 */
export async function importRdf(input: string | NodeJS.ReadableStream, options: RdfReadOptions = {}): Promise<RdfImport> {
  return read(input, options, 'importRdf');
}

/**
 * Reads RDF into a graph; like {@link importRdf} but returns only the graph (triples it
 * does not understand are left out).
 *
 * @example
 * const graph = await readRdf(await fs.promises.readFile('graph.ttl', 'utf8'), { file: 'graph.ttl' });
 */
export async function readRdf(input: string | NodeJS.ReadableStream, options: RdfReadOptions = {}): Promise<KnowledgeGraph> {
  return (await read(input, options, 'readRdf')).graph;
}

async function read(input: string | NodeJS.ReadableStream, options: RdfReadOptions, caller: string): Promise<RdfImport> {
  const format = options.format ?? (options.file ? formatFromFile(options.file) : undefined) ?? 'trig';
  const parser = createStreamParser({ format: N3_FORMATS[format] });
  const index = new QuadIndex();
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  source.on('error', (error) => parser.destroy(error));
  try {
    for await (const quad of source.pipe(parser)) index.add(quad);
  } catch (error) {
    const line = (error as N3SyntaxError).context?.line;
    if (line === undefined) throw error;
    const message = (error as Error).message.replace(/ on line \d+\.$/, '');
    throw new RdfError(`${caller}: ${options.file ?? '<input>'}:${line}: ${message}`, { line, ...(options.file && { file: options.file }) }, { cause: error });
  }
  return index.build({ ...(options.base && { base: options.base }), ...(options.file && { file: options.file }) }, caller);
}
