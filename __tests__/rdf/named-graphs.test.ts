import { toQuads, toRdf } from '../../src/rdf';
import { quadsFromString } from '../../src/rdf/n3';
import { DOC_A, DOC_B, richGraph } from './fixture';

const PROV_DERIVED = 'http://www.w3.org/ns/prov#wasDerivedFrom';

describe.each(['trig', 'nquads'] as const)('%s', (format) => {
  it("puts each document's assertions in the document's graph, and the rest in the default graph", async () => {
    const graph = richGraph();
    const quads = quadsFromString(await toRdf(graph, { format, profile: 'rdf12' }), { format: format === 'trig' ? 'TriG' : 'N-Quads' });
    const assertionIds = new Set(graph.assertions().map((a) => a.id));
    for (const q of quads) {
      if (assertionIds.has(q.subject.value)) expect(q.graph.value).toBe(graph.assertion(q.subject.value)!.source);
      else expect(q.graph.termType).toBe('DefaultGraph');
    }
    const graphs = new Set(quads.map((q) => q.graph.value));
    expect(graphs).toEqual(new Set(['', DOC_A, DOC_B]));
    for (const q of quads.filter((q) => q.predicate.value === PROV_DERIVED)) expect(q.object.value).toBe(q.graph.value);
  });
});

it('Turtle output has no graphs', async () => {
  const quads = quadsFromString(await toRdf(richGraph()), { format: 'Turtle' });
  expect(quads.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
});

it('toQuads can put everything in the default graph', () => {
  expect([...toQuads(richGraph(), { namedGraphs: false })].every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
});

it('never asserts the claimed triple itself', () => {
  for (const profile of ['rdf11', 'rdf12'] as const) {
    const quads = [...toQuads(richGraph(), { profile })];
    expect(quads.some((q) => q.predicate.value === 'https://w3id.org/claimgraph/ns#phoneCall')).toBe(false);
  }
});
