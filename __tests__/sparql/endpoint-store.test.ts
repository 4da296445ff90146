/** EndpointStore against a scripted fetch: the protocol it speaks, its retries, its errors and its authentication. */
import { createHash } from 'node:crypto';
import { SparqlError } from '../../src/errors';
import { factory } from '../../src/rdf/n3';
import { EndpointStore, type EndpointStoreOptions } from '../../src/sparql';

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch that answers from `script` in turn (the last answer repeats) and records what it was sent. */
function scripted(script: Array<Response | Error | (() => Response | Error)>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    sent.push({ method: init.method ?? 'GET', url, headers: { ...(init.headers as Record<string, string>) }, body: init.body as string | undefined });
    const next = script[Math.min(sent.length - 1, script.length - 1)]!;
    const answer = typeof next === 'function' ? next() : next;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/sparql-results+json' } });
const EMPTY = json({ head: { vars: [] }, results: { bindings: [] } });
const store = (fetch: typeof globalThis.fetch, options: EndpointStoreOptions = {}) => new EndpointStore('http://localhost:8890/sparql', { fetch, retryDelay: 1, ...options });

describe('EndpointStore.query', () => {
  it('POSTs the query form-encoded by default and reads JSON results, old typed-literal included', async () => {
    const { fetch, sent } = scripted([
      json({
        head: { vars: ['s', 'n', 'l', 'b'] },
        results: {
          bindings: [
            {
              s: { type: 'uri', value: 'urn:a' },
              n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '1' },
              l: { type: 'literal', 'xml:lang': 'fr', value: 'é' },
              b: { type: 'bnode', value: 'x' },
            },
            { s: { type: 'literal', value: 'plain' } },
          ],
        },
      }),
    ]);
    const rows = await store(fetch).query('SELECT * WHERE { ?s ?p ?o }');
    expect(sent[0]).toMatchObject({ method: 'POST', url: 'http://localhost:8890/sparql', body: 'query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D' });
    expect(sent[0]!.headers).toMatchObject({ accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(rows[0]!.s!.equals(factory.namedNode('urn:a'))).toBe(true);
    expect(rows[0]!.n!.equals(factory.literal('1', factory.namedNode('http://www.w3.org/2001/XMLSchema#integer')))).toBe(true);
    expect(rows[0]!.l!.equals(factory.literal('é', 'fr'))).toBe(true);
    expect(rows[0]!.b!.termType).toBe('BlankNode');
    expect(rows[1]!.s!.equals(factory.literal('plain'))).toBe(true);
  });

  it('sends the query directly or in the URL when asked, and reads ASK results', async () => {
    const { fetch, sent } = scripted([json({ head: {}, boolean: true }), json({ head: {}, boolean: false })]);
    expect(await store(fetch, { queryMethod: 'direct' }).query('ASK {}')).toEqual([{}]);
    expect(await store(fetch, { queryMethod: 'get' }).query('ASK {}')).toEqual([]);
    expect(sent[0]).toMatchObject({ method: 'POST', body: 'ASK {}', headers: { 'content-type': 'application/sparql-query; charset=utf-8' } });
    expect(sent[1]).toMatchObject({ method: 'GET', url: 'http://localhost:8890/sparql?query=ASK%20%7B%7D', body: undefined });
  });

  it('retries 5xx answers with backoff, then succeeds', async () => {
    const { fetch, sent } = scripted([new Response('busy', { status: 503 }), new Response('busy', { status: 502 }), EMPTY]);
    expect(await store(fetch).query('SELECT * {}')).toEqual([]);
    expect(sent).toHaveLength(3);
  });

  it('gives up on a persistent 5xx with a typed error naming endpoint, status and the first line of the body', async () => {
    const { fetch, sent } = scripted([new Response('Virtuoso 42000 Error SR008: out of memory\nstack…', { status: 500, statusText: 'Internal Server Error' })]);
    const error = await store(fetch, { retries: 2 }).query('SELECT * {}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SparqlError);
    expect(error).toMatchObject({ endpoint: 'http://localhost:8890/sparql', status: 500 });
    expect((error as Error).message).toBe('EndpointStore.query: http://localhost:8890/sparql answered 500 Internal Server Error: Virtuoso 42000 Error SR008: out of memory');
    expect(sent).toHaveLength(3);
  });

  it('does not retry a 4xx, and reads the message out of an HTML error page', async () => {
    const page = '<!DOCTYPE HTML>\n<html><head><title>Error</title></head><body><h1>HTTP/1.1 400 Bad Request</h1><xmp>Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error</xmp></body></html>';
    const { fetch, sent } = scripted([new Response(page, { status: 400, statusText: 'Bad Request' })]);
    await expect(store(fetch).query('SELECT')).rejects.toThrow('EndpointStore.query: http://localhost:8890/sparql answered 400 Bad Request: Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error');
    expect(sent).toHaveLength(1);
  });

  it('retries network errors and timeouts, then says it cannot reach the endpoint', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const { fetch, sent } = scripted([refused]);
    await expect(store(fetch, { retries: 2 }).query('SELECT * {}')).rejects.toThrow('EndpointStore.query: cannot reach http://localhost:8890/sparql (ECONNREFUSED; tried 3 times)');
    expect(sent).toHaveLength(3);
    const never = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof globalThis.fetch;
    await expect(store(never, { retries: 0, timeout: 20 }).query('SELECT * {}')).rejects.toThrow('(no answer within 20 ms)');
  });

  it('refuses an answer that is not SPARQL JSON results', async () => {
    const { fetch } = scripted([new Response('<html>a login page</html>', { status: 200 })]);
    await expect(store(fetch).query('SELECT * {}')).rejects.toThrow(/did not answer SPARQL JSON results/);
  });
});

describe('EndpointStore authentication', () => {
  it('answers a Basic challenge, then sends the credentials with every request', async () => {
    const { fetch, sent } = scripted([new Response('', { status: 401, headers: { 'www-authenticate': 'Basic realm="sparql"' } }), EMPTY]);
    const s = store(fetch, { user: 'dba', password: 'pä:ss' });
    await s.query('SELECT * {}');
    await s.query('SELECT * {}');
    const basic = `Basic ${Buffer.from('dba:pä:ss').toString('base64')}`;
    expect(sent.map((r) => r.headers.authorization)).toEqual([undefined, basic, basic]);
  });

  it('answers a Digest challenge (MD5, qop=auth), counting nonces', async () => {
    const challenge = 'Digest realm="SPARQL", domain="/sparql-auth", nonce="abc123", opaque="op", stale="false", qop="auth", algorithm="MD5"';
    const { fetch, sent } = scripted([new Response('', { status: 401, headers: { 'www-authenticate': challenge } }), EMPTY]);
    const s = new EndpointStore('http://localhost:8890/sparql-auth?x=1', { fetch, user: 'dba', password: 'dba' });
    await s.query('SELECT * {}');
    await s.query('SELECT * {}');
    const md5 = (t: string) => createHash('md5').update(t).digest('hex');
    for (const [i, request] of sent.slice(1).entries()) {
      const header = request.headers.authorization!;
      const field = (name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(header)?.[1];
      expect([field('username'), field('realm'), field('nonce'), field('uri'), field('qop'), field('opaque'), field('nc')]).toEqual(['dba', 'SPARQL', 'abc123', '/sparql-auth?x=1', 'auth', 'op', `0000000${i + 1}`]);
      const expected = md5(`${md5('dba:SPARQL:dba')}:abc123:${field('nc')}:${field('cnonce')}:auth:${md5('POST:/sparql-auth?x=1')}`);
      expect(field('response')).toBe(expected);
    }
  });

  it('takes credentials from the URL, and says so when they are refused or missing', async () => {
    const deny = new Response('', { status: 401, statusText: 'Unauthorized', headers: { 'www-authenticate': 'Basic realm="x"' } });
    const { fetch, sent } = scripted([deny]);
    await expect(new EndpointStore('http://me:secret@localhost:8890/sparql', { fetch }).query('SELECT * {}')).rejects.toThrow('answered 401 Unauthorized (the credentials were refused)');
    expect(sent[0]!.url).toBe('http://localhost:8890/sparql');
    expect(sent[1]!.headers.authorization).toBe(`Basic ${Buffer.from('me:secret').toString('base64')}`);
    await expect(store(scripted([deny]).fetch).query('SELECT * {}')).rejects.toThrow('answered 401 Unauthorized (give a user and password)');
  });
});

describe('EndpointStore.load', () => {
  const { namedNode, literal, quad, defaultGraph } = factory;
  const quads = [
    quad(namedNode('urn:doc'), namedNode('urn:p'), literal('Báo Quốc Tế "quoted"\nline'), defaultGraph()),
    quad(namedNode('urn:a1'), namedNode('urn:p'), literal('1', namedNode('http://www.w3.org/2001/XMLSchema#integer')), namedNode('urn:g 1'.replace(' ', '%20'))),
    quad(namedNode('urn:a2'), namedNode('urn:p'), literal('x', 'en'), namedNode('urn:g%201')),
    quad(namedNode('urn:a3'), namedNode('urn:p'), namedNode('urn:é'), namedNode('urn:g%201')),
  ];

  it('POSTs ASCII N-Triples to the Graph Store Protocol endpoint in batches, each graph apart', async () => {
    const { fetch, sent } = scripted([new Response('', { status: 201 })]);
    const result = await store(fetch, { graphStore: 'http://localhost:8890/sparql-graph-crud', batchSize: 2 }).load(quads);
    expect(result).toEqual({ quads: 4, requests: 3 });
    expect(sent.map((r) => [r.method, r.url, r.headers['content-type']])).toEqual([
      ['POST', 'http://localhost:8890/sparql-graph-crud?default', 'application/n-triples'],
      ['POST', 'http://localhost:8890/sparql-graph-crud?graph=urn%3Ag%25201', 'application/n-triples'],
      ['POST', 'http://localhost:8890/sparql-graph-crud?graph=urn%3Ag%25201', 'application/n-triples'],
    ]);
    expect(sent[0]!.body).toBe('<urn:doc> <urn:p> "B\\u00E1o Qu\\u1ED1c T\\u1EBF \\"quoted\\"\\nline" .\n');
    expect(sent[2]!.body).toBe('<urn:a3> <urn:p> <urn:\\u00E9> .\n');
    expect(sent.every((r) => /^[\x20-\x7e\n]*$/.test(r.body!))).toBe(true);
  });

  it('sends INSERT DATA to the update endpoint without a graph store, all into one graph when asked', async () => {
    const { fetch, sent } = scripted([new Response('ok')]);
    const s = store(fetch, { updateEndpoint: 'http://localhost:8890/update', batchSize: 10 });
    expect(await s.load(quads, { graph: 'urn:claimgraph:news' })).toEqual({ quads: 4, requests: 1 });
    expect(sent[0]).toMatchObject({ method: 'POST', url: 'http://localhost:8890/update', headers: { 'content-type': 'application/sparql-update; charset=utf-8' } });
    expect(sent[0]!.body).toMatch(/^INSERT DATA \{ GRAPH <urn:claimgraph:news> \{\n<urn:doc> .*\n<urn:a1> <urn:p> "1"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#integer> \.\n<urn:a2> <urn:p> "x"@en \.\n<urn:a3> .*\n\} \}$/);
    await s.load('<urn:x> <urn:p> "y" .\n');
    expect(sent[1]!.body).toBe('INSERT DATA {\n<urn:x> <urn:p> "y" .\n}');
    await s.clear('urn:claimgraph:news');
    await s.clear();
    expect(sent.slice(2).map((r) => r.body)).toEqual(['CLEAR SILENT GRAPH <urn:claimgraph:news>', 'CLEAR ALL']);
  });

  it('refuses bad settings and inputs before sending anything', async () => {
    const { fetch, sent } = scripted([EMPTY]);
    expect(() => new EndpointStore('localhost:8890', { fetch })).toThrow(SparqlError);
    expect(() => new EndpointStore('ftp://localhost/sparql', { fetch })).toThrow(/is not an http\(s\) URL/);
    expect(() => new EndpointStore('http://localhost/sparql', { fetch, batchSize: 0 })).toThrow(/batchSize must be a positive integer/);
    await expect(store(fetch).load(quads, { graph: 'urn:bad graph' })).rejects.toThrow(SparqlError);
    await expect(store(fetch).load('<urn:a> <urn:p> .')).rejects.toThrow(/the text is not N-Quads/);
    expect(sent).toHaveLength(0);
  });
});
