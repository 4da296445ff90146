/**
 * One HTTP exchange with an endpoint, made robust: retried with exponential backoff on
 * 5xx answers, timeouts and network errors; answered with credentials when the server
 * asks for them; and turned into a {@link SparqlError} naming the endpoint, the status
 * and the first line of the body otherwise.
 */
import { SparqlError } from '../errors';
import type { Authenticator } from './auth';

/** How requests to one endpoint are made. */
export interface HttpSettings {
  /** Attempts after the first one, on 5xx answers, timeouts and network errors. */
  retries: number;
  /** Milliseconds before the first retry; doubled for each further one. */
  retryDelay: number;
  /** Milliseconds a request may take before it is abandoned (and retried). */
  timeout: number;
  /** Headers added to every request. */
  headers: Record<string, string>;
  authenticator: Authenticator | undefined;
  fetch: typeof fetch;
}

/** A request: method, URL, headers and body (a string, so that it can be sent again). */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * What an error body says, on one line: the text of the first `<pre>` or `<xmp>` block
 * of an HTML page (where servers put the message), else the first non-empty line with
 * tags stripped, cut to 300 characters.
 *
 * @example
 * bodyLine('<html><h1>400</h1><xmp>Virtuoso 37000 Error SP030: syntax error</xmp></html>') // 'Virtuoso 37000 Error SP030: syntax error'
 */
export function bodyLine(body: string): string {
  const block = /<(pre|xmp)[^>]*>([\s\S]*?)<\/\1>/i.exec(body)?.[2];
  const text = (block ?? body.replace(/<(script|style|title|head)[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '\n'))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '' && !/^<!DOCTYPE/i.test(l)) ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The endpoint as messages name it: without query string or credentials.
 *
 * @example
 * endpointName('http://localhost:8890/sparql-graph-crud?graph=urn%3Ax') // 'http://localhost:8890/sparql-graph-crud'
 */
export function endpointName(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * Sends the request and returns the body of a 2xx answer.
 *
 * @example
 * const body = await send({ method: 'POST', url, headers: { 'content-type': 'application/n-triples' }, body: text }, settings, 'EndpointStore.load');
 * @param caller Starts error messages (`EndpointStore.query`).
 * @throws {SparqlError} for a 4xx answer (at once), a 5xx answer or network error that
 *   persists through the retries, or a 401 the credentials cannot answer.
 */
export async function send(request: HttpRequest, settings: HttpSettings, caller: string): Promise<string> {
  const endpoint = endpointName(request.url);
  let authRetried = false;
  for (let attempt = 0; ; attempt++) {
    const authorization = settings.authenticator?.header(request.method, request.url);
    let response: Response;
    try {
      response = await settings.fetch(request.url, {
        method: request.method,
        headers: { ...settings.headers, ...request.headers, ...(authorization && { authorization }) },
        ...(request.body !== undefined && { body: request.body }),
        signal: AbortSignal.timeout(settings.timeout),
      });
    } catch (error) {
      if (attempt < settings.retries) {
        await sleep(settings.retryDelay * 2 ** attempt);
        continue;
      }
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${settings.timeout} ms` : describeNetworkError(error);
      throw new SparqlError(`${caller}: cannot reach ${endpoint} (${reason}${settings.retries ? `; tried ${attempt + 1} times` : ''})`, { endpoint }, { cause: error });
    }
    const body = await response.text();
    if (response.ok) return body;
    if (response.status === 401 && settings.authenticator && !authRetried && settings.authenticator.accept(response.headers.get('www-authenticate'))) {
      authRetried = true; // answer the challenge once; a second 401 means the credentials are wrong
      attempt--;
      continue;
    }
    if (response.status >= 500 && attempt < settings.retries) {
      await sleep(settings.retryDelay * 2 ** attempt);
      continue;
    }
    const hint = response.status === 401 ? (settings.authenticator ? ' (the credentials were refused)' : ' (give a user and password)') : '';
    const line = bodyLine(body);
    throw new SparqlError(`${caller}: ${endpoint} answered ${response.status} ${response.statusText}${hint}${line ? `: ${line}` : ''}`, { endpoint, status: response.status });
  }
}

/** A network error in words: fetch puts the system error (ECONNREFUSED …) in `cause`. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
