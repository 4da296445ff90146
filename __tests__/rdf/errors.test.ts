import { RdfError } from '../../src';
import { importRdf, readRdf, toQuads, toRdf } from '../../src/rdf';
import { KnowledgeGraph } from '../../src';
import { richGraph } from './fixture';

const HEAD = `@prefix cg: <https://w3id.org/claimgraph/ns#>.
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#>.
@prefix prov: <http://www.w3.org/ns/prov#>.
@prefix schema: <https://schema.org/>.
@prefix xsd: <http://www.w3.org/2001/XMLSchema#>.
<urn:d> a schema:NewsArticle; cg:file "d.txt"; schema:inLanguage "en"; cg:datingBasis cg:UnknownBasis; cg:datingNote "none".
<urn:x> a cg:Person; rdfs:label "X".
<urn:y> a cg:Country; rdfs:label "Y".
`;

/** Reads `text` and returns the RdfError it throws. */
async function failure(text: string, options = { file: 'bad.ttl' }): Promise<RdfError> {
  const error = await readRdf(text, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RdfError);
  return error as RdfError;
}

describe('malformed input', () => {
  it('names the file and line of a syntax error', async () => {
    const error = await failure(`${HEAD}<urn:a> a cg:Assertion;\n  cg:confidence "0.5\n.\n`);
    expect(error.file).toBe('bad.ttl');
    expect(error.line).toBe(11); // where the unterminated string starts
    expect(error.message).toMatch(/^readRdf: bad\.ttl:11: Unexpected ""0\.5"/);
  });

  it('reports a syntax error in a stream', async () => {
    const { Readable } = await import('node:stream');
    const error = await readRdf(Readable.from([HEAD, '<urn:a> <urn:p> .\n']), { format: 'turtle' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RdfError);
    expect((error as RdfError).line).toBe(10);
  });
});

describe('data that is not a valid graph', () => {
  it('names an assertion that has no rdf:subject', async () => {
    const error = await failure(`${HEAD}<urn:a> a cg:Assertion; rdf:predicate cg:meets; rdf:object <urn:y>; prov:wasDerivedFrom <urn:d>.\n`);
    expect(error.message).toBe('readRdf: bad.ttl: <urn:a> rdf:subject: is missing (and there is no rdf:reifies)');
    expect(error.field).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#subject');
  });

  it('names the node and property of a bad date literal', async () => {
    const error = await failure(`${HEAD}<urn:a> a cg:Assertion; rdf:reifies <<( <urn:x> cg:meets <urn:y> )>>; prov:wasDerivedFrom <urn:d>; cg:valid "2024-13"^^xsd:gYearMonth.\n`);
    expect(error.message).toMatch(/^readRdf: bad\.ttl: <urn:a> cg:valid: parseTimeSpan: "2024-13" names no calendar date/);
  });

  it('refuses a span whose datatype does not match its granularity', async () => {
    const error = await failure(`${HEAD}<urn:a> a cg:Assertion; rdf:reifies <<( <urn:x> cg:meets <urn:y> )>>; prov:wasDerivedFrom <urn:d>; cg:valid "2024-03"^^xsd:date.\n`);
    expect(error.message).toContain('<urn:a> cg:valid: "2024-03"^^xsd:date is a month: its datatype must be xsd:gYearMonth');
  });

  it('refuses two values for a single-valued property', async () => {
    const error = await failure(`${HEAD}<urn:a> a cg:Assertion; rdf:reifies <<( <urn:x> cg:meets <urn:y> )>>; prov:wasDerivedFrom <urn:d>; cg:confidence 0.5, 0.7.\n`);
    expect(error.message).toContain('<urn:a> cg:confidence: has 2 values; expected one');
  });

  it('names an assertion about an entity that is not described', async () => {
    const error = await failure(`${HEAD}<urn:a> a cg:Assertion; rdf:reifies <<( <urn:x> cg:meets <urn:nobody> )>>; prov:wasDerivedFrom <urn:d>.\n`);
    expect(error.message).toMatch(/^readRdf: bad\.ttl: <urn:a> rdf:object: KnowledgeGraph\.addAssertion: unknown entity urn:nobody/);
  });

  it('names an entity whose role node is missing', async () => {
    const error = await failure(`${HEAD}<urn:z> a cg:Person; rdfs:label "Z"; cg:role <urn:z/role/1>.\n`);
    expect(error.message).toContain('<urn:z> cg:role: links to <urn:z/role/1>, which is not described');
  });

  it('refuses a node that is both a document and an assertion', async () => {
    const error = await failure(`${HEAD}<urn:d> a cg:Assertion.\n`);
    expect(error.message).toContain('<urn:d> rdf:type: makes it both source and assertion');
  });
});

describe('foreign triples', () => {
  it('leaves them out of the graph, counts them and says which', async () => {
    const text = `${await toRdf(richGraph())}
<urn:claimgraph:entity/israel> <http://purl.org/dc/terms/subject> "geo", "politics"; a <https://schema.org/Country>.
<urn:elsewhere> <http://purl.org/dc/terms/title> "unrelated".
_:b <http://purl.org/dc/terms/title> "blank".
`;
    const result = await importRdf(text, { format: 'turtle' });
    expect(result.graph.size).toEqual(richGraph().size);
    expect(result.ignored).toBe(5);
    expect(result.warnings).toEqual([
      'ignored 2 triples with predicate <http://purl.org/dc/terms/subject>',
      'ignored 2 triples with predicate <http://purl.org/dc/terms/title>',
      'ignored 1 triple with predicate rdf:type',
    ]);
  });

  it('defaults modality, polarity and confidence as the graph does', async () => {
    const result = await importRdf(`${HEAD}<urn:a> a cg:Assertion; rdf:subject <urn:x>; rdf:predicate cg:meets; rdf:object <urn:y>; prov:wasDerivedFrom <urn:d>.\n`);
    expect(result.ignored).toBe(0);
    expect(result.graph.assertion('urn:a')).toMatchObject({ modality: 'asserted', polarity: 'affirmed', confidence: 1, valid: null, recorded: null, evidence: null });
  });
});

describe('values that cannot be written losslessly', () => {
  it('refuses a language-tagged literal whose datatype is not rdf:langString', () => {
    const kg = new KnowledgeGraph();
    kg.addSource({ id: 'urn:d', file: 'd', title: null, outlet: null, url: null, language: 'en', published: { time: null, basis: 'unknown', note: '' } });
    const x = kg.addEntity({ kind: 'Person', label: 'X' });
    kg.addAssertion({ subject: x.id, predicate: 'says', object: { kind: 'literal', value: 'oui', datatype: 'http://www.w3.org/2001/XMLSchema#string', language: 'fr' }, source: 'urn:d' });
    expect(() => [...toQuads(kg)]).toThrow(/^toQuads: <urn:claimgraph:assertion\/\w+> .*must have datatype rdf:langString/);
  });

  it('refuses an entity kind that is a vocabulary class', () => {
    const kg = new KnowledgeGraph();
    kg.addEntity({ kind: 'Assertion', label: 'X' });
    expect(() => [...toQuads(kg)]).toThrow(/^toQuads: <urn:claimgraph:entity\/x> rdf:type: "Assertion" cannot be an entity kind/);
  });
});
