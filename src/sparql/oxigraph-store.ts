import type * as RDFJS from '@rdfjs/types';
import { SparqlError } from '../errors';
import { factory } from '../rdf/n3';
import { inputQuads } from './input';
import { tripleBatches } from './ntriples';
import type { SparqlBindings, SparqlLoadInput, SparqlLoadOptions, SparqlLoadResult, SparqlStore } from './store';
import { iri } from './syntax';

/** The part of the `oxigraph` package this adapter uses (its own types stay out of claimgraph's). */
interface OxigraphTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
interface OxigraphStoreInstance {
  load(input: string, options: { format: string; to_graph_name?: unknown }): void;
  query(query: string, options?: { use_default_graph_as_union?: boolean }): boolean | Map<string, OxigraphTerm>[] | unknown;
  update(update: string): void;
}
interface OxigraphModule {
  Store: new () => OxigraphStoreInstance;
  namedNode(value: string): unknown;
  defaultGraph(): unknown;
}

/** Options for {@link OxigraphStore}. */
export interface OxigraphStoreOptions {
  /**
   * Whether queries without `FROM` see the union of all graphs (default `true`), so that
   * TriG / N-Quads loads, with each document's assertions in its own graph, answer
   * like Turtle. A query with `FROM` reads the graphs it names.
   */
  unionDefaultGraph?: boolean;
  /** Triples per load call (default 100,000). */
  batchSize?: number;
}

// A name in a variable, so that bundlers leave the import to run time: oxigraph is optional.
const OXIGRAPH = 'oxigraph';

let loading: Promise<OxigraphModule> | undefined;

/** The `oxigraph` package, imported on first use. */
async function oxigraph(): Promise<OxigraphModule> {
  loading ??= (async () => {
    try {
      const mod = (await import(OXIGRAPH)) as OxigraphModule & { default?: OxigraphModule };
      return typeof mod.Store === 'function' ? mod : mod.default!;
    } catch (error) {
      loading = undefined;
      throw new SparqlError(`OxigraphStore: the optional package "oxigraph" is not installed (npm install oxigraph): ${(error as Error).message}`, { endpoint: 'oxigraph' }, { cause: error });
    }
  })();
  return loading;
}

/** String literals of a query, long forms first, so that a `FROM` inside one is not taken for a clause. */
const STRINGS = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;

/**
 * Whether a query names its dataset (`FROM` / `FROM NAMED`): oxigraph's union option would override it.
 *
 * @example
 * hasDataset('SELECT * FROM <urn:g> WHERE { ?s ?p ?o }') // true
 * hasDataset('SELECT * WHERE { ?s ?p "FROM <x>" }')      // false
 */
export function hasDataset(query: string): boolean {
  return /(^|[\s}])FROM\s+(NAMED\s+)?</i.test(query.replace(STRINGS, '""'));
}

/** An oxigraph term as an RDF/JS term of claimgraph's factory. */
function term(t: OxigraphTerm): RDFJS.NamedNode | RDFJS.BlankNode | RDFJS.Literal {
  if (t.termType === 'NamedNode') return factory.namedNode(t.value);
  if (t.termType === 'BlankNode') return factory.blankNode(t.value);
  if (t.termType === 'Literal') return t.language ? factory.literal(t.value, t.language) : factory.literal(t.value, factory.namedNode(t.datatype!.value));
  throw new SparqlError(`OxigraphStore.query: a ${t.termType} in the results, which claimgraph does not read`, { endpoint: 'oxigraph' });
}

/**
 * An in-process SPARQL 1.1 store: the `oxigraph` package (WebAssembly), imported when
 * first used, so that it stays optional. Its memory is capped at 4 GiB (32-bit WASM),
 * and it loads much slower in a process that already holds a large JavaScript heap: for
 * millions of triples, run it in a worker thread or use an {@link EndpointStore}.
 *
 * @example
 * const store = new OxigraphStore();
 * await pushGraph(store, graph);
 * const { entries } = await sparqlTimeline(store, 'urn:claimgraph:entity/vladimir-putin');
 */
export class OxigraphStore implements SparqlStore {
  readonly name = 'oxigraph';
  readonly #options: OxigraphStoreOptions;
  #store: OxigraphStoreInstance | undefined;

  constructor(options: OxigraphStoreOptions = {}) {
    this.#options = options;
  }

  async #open(): Promise<{ store: OxigraphStoreInstance; mod: OxigraphModule }> {
    const mod = await oxigraph();
    this.#store ??= new mod.Store();
    return { store: this.#store, mod };
  }

  /**
   * The solutions of a SELECT query.
   *
   * @example
   * const [row] = await new OxigraphStore().query('SELECT (1 + 1 AS ?two) {}');
   * @throws {SparqlError} when oxigraph rejects the query, or is not installed.
   */
  async query(sparql: string): Promise<SparqlBindings[]> {
    const { store } = await this.#open();
    let result: unknown;
    try {
      const union = (this.#options.unionDefaultGraph ?? true) && !hasDataset(sparql);
      result = store.query(sparql, { use_default_graph_as_union: union });
    } catch (error) {
      throw new SparqlError(`OxigraphStore.query: ${(error as Error).message ?? error}`, { endpoint: 'oxigraph' }, { cause: error });
    }
    if (typeof result === 'boolean') return result ? [{}] : [];
    if (!Array.isArray(result) || (result.length > 0 && !(result[0] instanceof Map))) {
      throw new SparqlError('OxigraphStore.query: only SELECT and ASK queries answer bindings', { endpoint: 'oxigraph' });
    }
    return (result as Map<string, OxigraphTerm>[]).map((row) => Object.fromEntries([...row].map(([name, value]) => [name, term(value)])));
  }

  /**
   * Loads quads or N-Quads text.
   *
   * @example
   * await new OxigraphStore().load(toQuads(graph));
   */
  async load(input: SparqlLoadInput, options: SparqlLoadOptions = {}): Promise<SparqlLoadResult> {
    if (options.graph !== undefined) iri(options.graph);
    const { store, mod } = await this.#open();
    const result: SparqlLoadResult = { quads: 0, requests: 0 };
    for await (const batch of tripleBatches(inputQuads(input, 'OxigraphStore.load'), this.#options.batchSize ?? 100_000, options.graph)) {
      try {
        store.load(batch.text, { format: 'application/n-triples', to_graph_name: batch.graph === null ? mod.defaultGraph() : mod.namedNode(batch.graph) });
      } catch (error) {
        throw new SparqlError(`OxigraphStore.load: ${(error as Error).message ?? error}`, { endpoint: 'oxigraph' }, { cause: error });
      }
      result.quads += batch.count;
      result.requests += 1;
    }
    return result;
  }

  /**
   * Removes every triple of `graph`, or all of them.
   *
   * @example
   * await store.clear();
   */
  async clear(graph?: string): Promise<void> {
    const { store } = await this.#open();
    store.update(graph === undefined ? 'CLEAR ALL' : `CLEAR SILENT GRAPH ${iri(graph)}`);
  }
}
