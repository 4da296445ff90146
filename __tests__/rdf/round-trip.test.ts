import { readRdf, toRdf, type RdfFormat, type RdfProfile } from '../../src/rdf';
import { contents, richGraph } from './fixture';

const FORMATS: RdfFormat[] = ['turtle', 'trig', 'nquads'];
const PROFILES: RdfProfile[] = ['rdf11', 'rdf12'];

describe.each(PROFILES)('profile %s', (profile) => {
  it.each(FORMATS)('%s: graph → RDF → graph is the same graph, and writes the same bytes again', async (format) => {
    const original = richGraph();
    const text = await toRdf(original, { format, profile });
    const imported = await readRdf(text, { format });
    expect(contents(imported)).toEqual(contents(original));
    expect(await toRdf(imported, { format, profile })).toBe(text);
  });
});

it('keeps every field of the awkward values', async () => {
  const imported = await readRdf(await toRdf(richGraph(), { profile: 'rdf12' }), { format: 'turtle' });
  const [call] = imported.assertionsWithPredicate('phoneCall');
  expect(call?.evidence?.text).toBe('He said "no" \\ twice,\nthen 🙂 hung up');
  expect(call?.valid).toEqual({ value: '2024-03-25', granularity: 'day', earliest: '2024-03-25', latest: '2024-03-25', expression: 'last Monday', explicit: false });
  expect(call?.recorded?.value).toBe('2024-03-26');
  const counts = imported.assertionsWithPredicate('kills').map((a) => a.object);
  expect(counts).toContainEqual({ kind: 'literal', value: '45', datatype: 'http://www.w3.org/2001/XMLSchema#integer', qualifier: 'atLeast' });
  const [demand] = imported.assertionsWithPredicate('demands');
  expect(demand?.object).toEqual({ kind: 'literal', value: 'un cessez-le-feu « durable »', datatype: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString', language: 'fr' });
  expect(imported.assertionsWithPredicate('fightsIn')[0]?.recorded).toBeNull();
  expect(imported.entity('urn:claimgraph:entity/wagner-group')?.kind).toBe('Militia');
});

it('reads the format from the file extension', async () => {
  const text = await toRdf(richGraph(), { format: 'nquads' });
  expect(contents(await readRdf(text, { file: 'out/graph.nq' }))).toEqual(contents(richGraph()));
});

it('writes prefixes for the graph base and any given', async () => {
  const text = await toRdf(richGraph(), { prefixes: { ex: 'https://example.org/' } });
  expect(text).toMatch(/^@prefix assertion: <urn:claimgraph:assertion\/>\.$/m);
  expect(text).toMatch(/^@prefix ex: <https:\/\/example\.org\/>\.$/m);
  expect(text).toContain('entity:vladimir-putin a cg:Person');
});
