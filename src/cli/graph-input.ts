import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadCorpus } from '../corpus/load';
import { ClaimgraphError } from '../errors';
import { loadGraph } from '../graph/json';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Document } from '../model/document';
import { buildGraph } from '../pipeline/build-graph';
import { readRdf } from '../rdf/read';
import { inFileOrder, progress } from './output';
import { reportCorpusErrors } from './report-errors';

/** What the analysis commands read their graph from. */
export interface GraphInputOptions {
  manifest?: string;
  base?: string;
  strict?: boolean;
}

/** A graph to query, with the documents it was built from (none for a saved graph). */
export interface GraphInput {
  graph: KnowledgeGraph;
  documents: Document[];
}

const RDF_EXTENSIONS = new Set(['.ttl', '.trig', '.nq', '.nquads']);

/**
 * The graph the inputs name: a saved graph (one `.json` file written by `saveGraph`, or
 * one Turtle / TriG / N-Quads file written by `claimgraph export`), else a corpus
 * (a directory or article files) built into a graph. Files of a corpus that do not load
 * are reported on stderr, and the command runs on the rest.
 */
export async function loadGraphInput(inputs: readonly string[], options: GraphInputOptions): Promise<GraphInput> {
  const [only] = inputs;
  const extension = inputs.length === 1 && only ? extname(only).toLowerCase() : '';
  if (extension === '.json') return { graph: await loadGraph(only!), documents: [] };
  if (RDF_EXTENSIONS.has(extension)) return { graph: await readRdf(await openFile(only!), { file: only }), documents: [] };
  if (inputs.some((i) => extname(i).toLowerCase() === '.json' || RDF_EXTENSIONS.has(extname(i).toLowerCase()))) {
    throw new ClaimgraphError(`a saved graph (.json, .ttl, .trig, .nq) must be the only input, not one of ${inputs.length}`, {});
  }
  const corpus = await loadCorpus(inputs, { manifest: options.manifest, strict: options.strict, onProgress: progress('loading') });
  reportCorpusErrors(corpus.errors);
  const documents = inFileOrder(corpus.documents);
  return { graph: buildGraph(documents, { base: options.base }), documents };
}

/** A stream of the file, or a one-line error naming it when it cannot be read. */
async function openFile(file: string): Promise<NodeJS.ReadableStream> {
  try {
    await access(file);
  } catch (error) {
    throw new ClaimgraphError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file });
  }
  return createReadStream(file);
}
