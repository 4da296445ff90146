/**
 * Typed errors. Every message starts with the function that raised it
 * (`loadCorpus: …`), in the manner of graphology, and the error carries the
 * file / line / field it is about so that callers can report it without parsing text.
 */

/** Where in the input an error was found. All fields optional: give what is known. */
export interface ErrorLocation {
  /** Path of the file the problem is in. */
  file?: string;
  /** 1-based line number. */
  line?: number;
  /** 1-based column number. */
  column?: number;
  /** Field (JSON path such as `documents[2].published`) the problem is in. */
  field?: string;
}

/** Base class of every error claimgraph throws on purpose. */
export class ClaimgraphError extends Error implements ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  field?: string;

  constructor(message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    Object.assign(this, location);
  }
}

/** A corpus file or directory could not be read or is not usable text. */
export class CorpusError extends ClaimgraphError {}

/** A manifest is not valid JSON, does not fit its schema, or names a missing file. */
export class ManifestError extends ClaimgraphError {}

/** A date or time-span string could not be parsed. */
export class TimeSpanError extends ClaimgraphError {}

/** A lexicon (built-in or a user's) has an invalid entry. */
export class LexiconError extends ClaimgraphError {}

/** A graph operation was given something inconsistent (unknown entity, duplicate id, bad JSON). */
export class GraphError extends ClaimgraphError {}

/** RDF input could not be parsed or does not describe a claimgraph graph. */
export class RdfError extends ClaimgraphError {}

/**
 * An evaluation input is unusable: a gold file (or a saved extraction result scored
 * against one) cannot be read, is not valid JSON, or does not fit its schema.
 */
export class GoldError extends ClaimgraphError {}

/** Formats `file:line:column` for messages, leaving out what is unknown. */
export function formatLocation(location: ErrorLocation): string {
  const parts = [location.file, location.line, location.column].filter((p) => p !== undefined);
  const where = parts.join(':');
  return location.field ? (where ? `${where} (${location.field})` : location.field) : where;
}

/**
 * Parallel extraction cannot run as asked: `jobs` is not a positive integer, a custom
 * `extractor` was given with `jobs > 1` (an object with methods cannot cross threads), or
 * a worker thread died without reporting an error of its own.
 */
export class ExtractionError extends ClaimgraphError {}

/** A query was given options it cannot use (an unknown kind, a negative tolerance, an unknown entity). */
export class QueryError extends ClaimgraphError {}

/**
 * A SPARQL store failed or refused a request: a query or load that the store rejected,
 * an HTTP status other than success, an endpoint that cannot be reached (after retries),
 * or a store that is not installed. `endpoint` names the store, `status` is the HTTP
 * status when there was one.
 */
export class SparqlError extends ClaimgraphError {
  endpoint?: string;
  status?: number;

  constructor(message: string, details: ErrorLocation & { endpoint?: string; status?: number } = {}, options?: { cause?: unknown }) {
    const { endpoint, status, ...location } = details;
    super(message, location, options);
    if (endpoint !== undefined) this.endpoint = endpoint;
    if (status !== undefined) this.status = status;
  }
}
