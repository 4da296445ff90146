/**
 * The SPARQL helpers against a real Virtuoso (Debian's virtuoso-opensource-7-bin, which CI
 * installs): the bundled corpus is pushed through the built CLI, and the store's answers
 * must be the in-memory helpers' answers. Without virtuoso-t these tests fail, naming
 * the package: they are not skipped.
 */
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import { contradictions, timeline } from '../../src/query';
import { EndpointStore, pushGraph, sparqlContradictions, sparqlTimeline } from '../../src/sparql';
import { root, runCli } from '../cli/run-cli';
import { bundledCorpusGraph } from '../query/fixtures';
import { randomGraph } from './random-graph';
import { startVirtuoso, virtuosoBinary, type Virtuoso } from './virtuoso';

jest.setTimeout(120_000);

const CORPUS = 'urn:claimgraph:test:corpus';
let server: Virtuoso | undefined;
let kg: KnowledgeGraph;

beforeAll(async () => {
  kg = await bundledCorpusGraph();
  server = await startVirtuoso();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** The running server; a test that needs it fails (does not skip) when it could not start. */
function virtuoso(): Virtuoso {
  if (!server) throw new Error('Virtuoso did not start (see the error of beforeAll)');
  return server;
}

const reader = () => new EndpointStore(`${virtuoso().http}/sparql`);
const admin = (options = {}) => new EndpointStore(`${virtuoso().http}/sparql-auth`, { user: virtuoso().user, password: virtuoso().password, ...options });

it(`has virtuoso-t installed (Debian package virtuoso-opensource-7-bin)`, () => {
  expect(virtuosoBinary()).toMatch(/virtuoso-t$/);
});

describe('the bundled corpus pushed through the CLI', () => {
  beforeAll(() => {
    const { http, user, password } = virtuoso();
    const push = runCli(['push', 'examples/corpus', '--endpoint', `${http}/sparql-auth`, '--graph-store', `${http}/sparql-graph-crud-auth`, '--graph', CORPUS, '--user', user, '--password', password, '--replace'], root);
    if (push.status !== 0) throw new Error(`claimgraph push failed (${push.status}): ${push.stderr}`);
    expect(push.stdout).toMatch(new RegExp(`^pushed \\d+ triples \\(${kg.size.assertions} assertions\\) to ${http}/sparql-auth, <${CORPUS}>, in \\d+ requests`));
  });

  it('answers the same contradictions as the in-memory helper', async () => {
    const expected = contradictions(kg);
    expect(expected.length).toBeGreaterThan(0);
    expect(await sparqlContradictions(reader(), { graph: CORPUS })).toEqual(expected);
  });

  it('answers the same timelines, on both axes', async () => {
    const busiest = kg
      .entities()
      .map((entity) => ({ entity, n: kg.assertionsOf(entity.id).length }))
      .sort((a, b) => b.n - a.n)
      .slice(0, 8);
    for (const { entity } of busiest) {
      for (const by of ['valid', 'recorded'] as const) {
        expect([entity.label, by, await sparqlTimeline(reader(), entity.id, { graph: CORPUS, by })]).toEqual([entity.label, by, timeline(kg, { entity: entity.id, by })]);
      }
    }
  });

  it('answers the CLI as the local graph does: contradictions and timeline --endpoint', () => {
    const endpoint = ['--endpoint', `${virtuoso().http}/sparql`, '--graph', CORPUS, '--json'];
    const remote = runCli(['contradictions', ...endpoint]);
    expect([remote.status, remote.stderr]).toEqual([0, 'claimgraph: stance changes are not computed against an endpoint\n']);
    const local = runCli(['contradictions', 'examples/corpus', '--json']);
    expect(JSON.parse(remote.stdout)).toEqual({ contradictions: JSON.parse(local.stdout).contradictions, changes: [] });
    const remoteTimeline = runCli(['timeline', 'Netanyahu', ...endpoint]);
    expect(remoteTimeline.status).toBe(0);
    expect(JSON.parse(remoteTimeline.stdout)).toEqual(JSON.parse(runCli(['timeline', 'Netanyahu', 'examples/corpus', '--json']).stdout));
    const unknown = runCli(['timeline', 'Netanyahoo', ...endpoint]);
    expect([unknown.status, unknown.stderr]).toEqual([1, expect.stringMatching(/^claimgraph: unknown entity "Netanyahoo"; did you mean "Benjamin Netanyahu"/)]);
  });
});

describe('loading by SPARQL Update, and every kind', () => {
  it('loads in batches of INSERT DATA, and answers all five kinds as in memory', async () => {
    const graph = 'urn:claimgraph:test:random';
    const random = randomGraph({ claims: 600, entities: 6, sources: 5, seed: 9 });
    const loaded = await pushGraph(admin({ batchSize: 2000 }), random, { graph, replace: true });
    expect(loaded.requests).toBeGreaterThan(1);
    const expected = contradictions(random);
    expect(new Set(expected.map((c) => c.kind)).size).toBe(5);
    expect(await sparqlContradictions(reader(), { graph })).toEqual(expected);
    const options = { minConfidence: 0.5, tolerance: 0.05, approximateTolerance: 0.2 };
    expect(await sparqlContradictions(reader(), { graph, ...options })).toEqual(contradictions(random, options));
  });
});

describe('errors a real server gives', () => {
  it('names the endpoint, the status and the server message', async () => {
    await expect(reader().query('SELECT * WHERE { ?s ?p }')).rejects.toThrow(/^EndpointStore\.query: http:\/\/127\.0\.0\.1:\d+\/sparql answered 400 Bad Request: Virtuoso 37000 Error SP030: SPARQL compiler/);
    await expect(admin({ password: 'wrong' }).query('SELECT * {}')).rejects.toThrow(/answered 401 Unauthorized \(the credentials were refused\)$/);
    const push = runCli(['push', 'examples/corpus', '--endpoint', `${virtuoso().http}/sparql-auth`, '--graph-store', `${virtuoso().http}/sparql-graph-crud-auth`, '--user', 'dba', '--password', 'dba']);
    expect([push.status, push.stderr]).toEqual([1, expect.stringMatching(/^claimgraph: EndpointStore\.load: .*sparql-graph-crud-auth answered 500 .*default graph/)]);
  });
});
