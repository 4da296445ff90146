/**
 * What the SPARQL helpers need of a store: answer a SELECT query, load quads, and
 * (optionally) clear a graph. {@link OxigraphStore} runs in process, {@link EndpointStore}
 * talks to any SPARQL 1.1 server over HTTP; a user's own adapter only has to implement
 * these methods.
 */
import type * as RDFJS from '@rdfjs/types';

/** One solution of a SELECT query: variable name (without `?`) → term; unbound variables are absent. */
export type SparqlBindings = Readonly<Record<string, RDFJS.NamedNode | RDFJS.BlankNode | RDFJS.Literal>>;

/**
 * What {@link SparqlStore.load} takes: quads (an iterable or async iterable, e.g.
 * `toQuads(graph)`), or N-Quads / N-Triples text.
 */
export type SparqlLoadInput = Iterable<RDFJS.Quad> | AsyncIterable<RDFJS.Quad> | string;

/** Options for {@link SparqlStore.load}. */
export interface SparqlLoadOptions {
  /**
   * Put every triple in this named graph, whatever graph its quad names. Without it each
   * quad goes to its own graph (the default graph for triples).
   */
  graph?: string;
}

/** What a load did. */
export interface SparqlLoadResult {
  /** Quads sent to the store. */
  quads: number;
  /** Requests (HTTP calls or in-process loads) it took. */
  requests: number;
}

/**
 * A SPARQL 1.1 store.
 *
 * @example
 * const store: SparqlStore = new EndpointStore('http://localhost:8890/sparql', { graphStore: 'http://localhost:8890/sparql-graph-crud' });
 * await store.load(toQuads(graph, { namedGraphs: false }), { graph: 'urn:claimgraph:graph' });
 * const rows = await store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
 * Number(rows[0]?.n?.value);
 */
export interface SparqlStore {
  /** Named in error messages: the endpoint URL, or `oxigraph`. */
  readonly name: string;
  /**
   * The solutions of a SELECT query, in the order the store gives them. An ASK query
   * answers one empty solution for true and none for false.
   *
   * @throws {SparqlError} when the store rejects the query or cannot be reached.
   */
  query(sparql: string): Promise<SparqlBindings[]>;
  /**
   * Adds quads to the store (a set: loading the same quads twice adds nothing).
   *
   * @throws {SparqlError} when the store rejects the data or cannot be reached.
   */
  load(input: SparqlLoadInput, options?: SparqlLoadOptions): Promise<SparqlLoadResult>;
  /** Removes every triple of `graph`, or of the whole store when no graph is given. */
  clear?(graph?: string): Promise<void>;
}
