import { KnowledgeGraph } from '../../src';
import { toRdf, type RdfFormat, type RdfProfile } from '../../src/rdf';
import { richGraph } from './fixture';

describe.each([
  ['turtle', 'rdf11'],
  ['trig', 'rdf12'],
  ['nquads', 'rdf11'],
] as [RdfFormat, RdfProfile][])('%s, %s', (format, profile) => {
  it('gives byte-identical output for graphs built in different orders', async () => {
    const forward = await toRdf(richGraph(), { format, profile });
    const backward = await toRdf(richGraph(true), { format, profile });
    expect(backward).toBe(forward);
  });
});

it('sorts subjects by IRI and puts rdf:type first', async () => {
  const text = await toRdf(richGraph());
  const subjects = [...text.matchAll(/^(\S+) a /gm)].map((m) => m[1]);
  expect(subjects.length).toBeGreaterThan(10);
  const iris = subjects.map((s) => s!.replace(/^assertion:/, 'urn:claimgraph:assertion/').replace(/^doc:/, 'urn:claimgraph:doc/').replace(/^entity:/, 'urn:claimgraph:entity/').replace(/^<|>$/g, ''));
  expect(iris).toEqual([...iris].sort());
});

it('uses no blank nodes', async () => {
  for (const format of ['turtle', 'nquads'] as const) expect(await toRdf(richGraph(), { format })).not.toMatch(/_:|\[/);
});

it('writes an empty graph as prefixes only', async () => {
  expect(await toRdf(new KnowledgeGraph(), { format: 'nquads' })).toBe('');
});
