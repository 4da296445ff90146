import * as errors from '../../errors';
import { ClaimgraphError, type ErrorLocation } from '../../errors';

/** An error as data, to cross from a worker thread: its class name, message, stack and location. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  location: ErrorLocation;
}

type ClaimgraphErrorClass = new (message: string, location?: ErrorLocation) => ClaimgraphError;

/** claimgraph's error classes by name (`LexiconError`, `TimeSpanError`, …). */
const CLAIMGRAPH_ERRORS = new Map<string, ClaimgraphErrorClass>(
  Object.values(errors as Record<string, unknown>)
    .filter((value): value is typeof ClaimgraphError => value === ClaimgraphError || (typeof value === 'function' && value.prototype instanceof ClaimgraphError))
    .map((type) => [type.name, type]),
);

const BUILT_IN_ERRORS: Record<string, ErrorConstructor> = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };

/** `error` as data (structured clone keeps neither its class nor its `file` / `field`). */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), location: {} };
  const { file, line, column, field } = error as ErrorLocation;
  const location = Object.fromEntries(Object.entries({ file, line, column, field }).filter(([, v]) => v !== undefined));
  return { name: error.name, message: error.message, ...(error.stack !== undefined && { stack: error.stack }), location };
}

/** The error again, of the same class: a claimgraph error class or a built-in one (else `Error` with the name kept). */
export function reviveError({ name, message, stack, location }: SerializedError): Error {
  const Claimgraph = CLAIMGRAPH_ERRORS.get(name);
  const error = Claimgraph ? new Claimgraph(message, location) : Object.assign(new (BUILT_IN_ERRORS[name] ?? Error)(message), location);
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}

/**
 * `error`, raised while extracting the document of `file`, as the same class with a
 * message that names the file (`extractParallel: a.txt: …`) and `file` set unless the
 * error is about a file of its own. Built the same way in and out of workers, so a
 * failure reads the same whatever the number of jobs.
 */
export function failedOn(file: string, error: unknown): Error {
  const original = serializeError(error);
  const message = `extractParallel: ${file}: ${original.message}`;
  const head = `${original.name}: ${original.message}`;
  const stack = original.stack?.startsWith(head) ? `${original.name}: ${message}${original.stack.slice(head.length)}` : original.stack;
  return reviveError({ ...original, message, ...(stack !== undefined && { stack }), location: { ...original.location, file: original.location.file ?? file } });
}
