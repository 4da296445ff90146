import { SparqlError } from '../errors';
import { Authenticator } from './auth';
import { endpointName, send, type HttpSettings } from './http';
import { inputQuads } from './input';
import { tripleBatches, type TripleBatch } from './ntriples';
import { parseJsonResults } from './results';
import type { SparqlBindings, SparqlLoadInput, SparqlLoadOptions, SparqlLoadResult, SparqlStore } from './store';
import { iri } from './syntax';

/** How queries travel (all three are SPARQL 1.1 Protocol). */
export type QueryMethod = 'form' | 'direct' | 'get';

/** Options for {@link EndpointStore}. */
export interface EndpointStoreOptions {
  /** Where SPARQL Update goes (`load` without `graphStore`, `clear`); default: the query endpoint. */
  updateEndpoint?: string;
  /**
   * A SPARQL 1.1 Graph Store Protocol endpoint. When given, `load` POSTs N-Triples to
   * `<graphStore>?graph=<iri>` (or `?default`); otherwise it sends `INSERT DATA` to the
   * update endpoint.
   */
  graphStore?: string;
  /**
   * How queries are sent (default `form`): `form` POSTs `application/x-www-form-urlencoded`
   * (every server takes it), `direct` POSTs `application/sparql-query` (Virtuoso 7.2.5 —
   * Debian 12's — never answers it), `get` puts the query in the URL (short queries only).
   */
  queryMethod?: QueryMethod;
  /** Triples per load request (default 5,000). */
  batchSize?: number;
  /** Retries on 5xx answers, timeouts and network errors (default 3), with exponential backoff. */
  retries?: number;
  /** Milliseconds before the first retry, doubled for each further one (default 250). */
  retryDelay?: number;
  /** Milliseconds one request may take (default 120,000). */
  timeout?: number;
  /** User name; with `password`, sent as Basic or Digest authentication when the server asks. */
  user?: string;
  password?: string;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
}

const RESULTS_JSON = 'application/sparql-results+json';

/**
 * Any SPARQL 1.1 endpoint over HTTP: queries by the SPARQL 1.1 Protocol with JSON
 * results, loads by the Graph Store Protocol or by SPARQL Update in batches. Requests
 * are retried with backoff on 5xx answers and network errors (loading is idempotent:
 * the same triples twice are one set); any other failure is a {@link SparqlError}
 * naming the endpoint, the HTTP status and the first line of the answer.
 *
 * Virtuoso 7 (Debian's `virtuoso-opensource-7-bin`): queries at `/sparql` (the default
 * `form` method; it never answers `direct`); loading through `/sparql-graph-crud`
 * (Graph Store Protocol, into a named graph: it has no default graph to write to) or
 * `/sparql` (Update) once the `SPARQL` user has the `SPARQL_UPDATE` role, or through
 * `/sparql-graph-crud-auth` / `/sparql-auth` with a user and password (Digest).
 *
 * @example
 * const store = new EndpointStore('http://localhost:8890/sparql', {
 *   graphStore: 'http://localhost:8890/sparql-graph-crud-auth', user: 'dba', password: process.env.VIRTUOSO_PASSWORD,
 * });
 * await pushGraph(store, graph, { graph: 'urn:claimgraph:news' });
 * const found = await sparqlContradictions(store, { graph: 'urn:claimgraph:news' });
 */
export class EndpointStore implements SparqlStore {
  readonly name: string;
  readonly endpoint: string;
  readonly #options: EndpointStoreOptions;
  readonly #http: HttpSettings;

  constructor(endpoint: string, options: EndpointStoreOptions = {}) {
    const { url, user, password } = withoutCredentials(endpoint, 'endpoint');
    this.endpoint = url;
    this.name = endpointName(url);
    const batchSize = options.batchSize ?? 5000;
    if (!(Number.isSafeInteger(batchSize) && batchSize > 0)) throw new SparqlError(`EndpointStore: batchSize must be a positive integer, not ${batchSize}`, { field: 'batchSize' });
    this.#options = {
      ...options,
      batchSize,
      ...(options.graphStore && { graphStore: withoutCredentials(options.graphStore, 'graphStore').url }),
      ...(options.updateEndpoint && { updateEndpoint: withoutCredentials(options.updateEndpoint, 'updateEndpoint').url }),
    };
    const credentialUser = options.user ?? user;
    const credentialPassword = options.password ?? password;
    this.#http = {
      retries: options.retries ?? 3,
      retryDelay: options.retryDelay ?? 250,
      timeout: options.timeout ?? 120_000,
      headers: options.headers ?? {},
      authenticator: credentialUser !== undefined ? new Authenticator({ user: credentialUser, password: credentialPassword ?? '' }) : undefined,
      fetch: options.fetch ?? globalThis.fetch,
    };
  }

  /**
   * The solutions of a SELECT query.
   *
   * @example
   * const rows = await new EndpointStore('http://localhost:7878/query').query('SELECT ?s WHERE { ?s a ?c } LIMIT 3');
   * @throws {SparqlError} naming the endpoint, status and message when the query fails.
   */
  async query(sparql: string): Promise<SparqlBindings[]> {
    const method = this.#options.queryMethod ?? 'form';
    const accept = { accept: RESULTS_JSON };
    const request =
      method === 'get'
        ? { method: 'GET' as const, url: withParameter(this.endpoint, 'query', sparql), headers: accept }
        : method === 'direct'
          ? { method: 'POST' as const, url: this.endpoint, headers: { ...accept, 'content-type': 'application/sparql-query; charset=utf-8' }, body: sparql }
          : { method: 'POST' as const, url: this.endpoint, headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: new URLSearchParams({ query: sparql }).toString() };
    return parseJsonResults(await send(request, this.#http, 'EndpointStore.query'), this.name);
  }

  /**
   * Sends a SPARQL Update request to the update endpoint.
   *
   * @example
   * await store.update('CLEAR SILENT GRAPH <urn:claimgraph:news>');
   */
  async update(sparql: string): Promise<void> {
    const url = this.#options.updateEndpoint ?? this.endpoint;
    await send({ method: 'POST', url, headers: { 'content-type': 'application/sparql-update; charset=utf-8' }, body: sparql }, this.#http, 'EndpointStore.update');
  }

  /**
   * Loads quads (or N-Quads text) in batches of `batchSize` triples, each graph apart.
   *
   * @example
   * await store.load(toQuads(graph, { namedGraphs: false }), { graph: 'urn:claimgraph:news' });
   */
  async load(input: SparqlLoadInput, options: SparqlLoadOptions = {}): Promise<SparqlLoadResult> {
    if (options.graph !== undefined) iri(options.graph); // checked before anything is sent
    const result: SparqlLoadResult = { quads: 0, requests: 0 };
    for await (const batch of tripleBatches(inputQuads(input, 'EndpointStore.load'), this.#options.batchSize!, options.graph)) {
      await (this.#options.graphStore ? this.#post(batch) : this.#insert(batch));
      result.quads += batch.count;
      result.requests += 1;
    }
    return result;
  }

  /**
   * Removes every triple of `graph` (`CLEAR GRAPH`), or of the store (`CLEAR ALL`).
   *
   * @example
   * await store.clear('urn:claimgraph:news');
   */
  async clear(graph?: string): Promise<void> {
    await this.update(graph === undefined ? 'CLEAR ALL' : `CLEAR SILENT GRAPH ${iri(graph)}`);
  }

  /** A batch by the Graph Store Protocol: POST merges into the graph. */
  async #post(batch: TripleBatch): Promise<void> {
    const store = this.#options.graphStore!;
    const url = batch.graph === null ? withParameter(store, 'default', '') : withParameter(store, 'graph', batch.graph);
    await send({ method: 'POST', url, headers: { 'content-type': 'application/n-triples' }, body: batch.text }, this.#http, 'EndpointStore.load');
  }

  /** A batch as `INSERT DATA` (N-Triples lines are SPARQL triples). */
  async #insert(batch: TripleBatch): Promise<void> {
    const body = batch.graph === null ? `INSERT DATA {\n${batch.text}}` : `INSERT DATA { GRAPH ${iri(batch.graph)} {\n${batch.text}} }`;
    const url = this.#options.updateEndpoint ?? this.endpoint;
    await send({ method: 'POST', url, headers: { 'content-type': 'application/sparql-update; charset=utf-8' }, body }, this.#http, 'EndpointStore.load');
  }
}

/** `url` with `name=value` added to its query string (`?default` for an empty value). */
function withParameter(url: string, name: string, value: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}${encodeURIComponent(name)}${value === '' ? '' : `=${encodeURIComponent(value)}`}`;
}

/** A URL without the `user:password@` fetch refuses, and those credentials. */
function withoutCredentials(url: string, field: string): { url: string; user?: string; password?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SparqlError(`EndpointStore: ${field} ${JSON.stringify(url)} is not a URL`, { field });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SparqlError(`EndpointStore: ${field} ${JSON.stringify(url)} is not an http(s) URL`, { field });
  if (!parsed.username && !parsed.password) return { url };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), user, password };
}
