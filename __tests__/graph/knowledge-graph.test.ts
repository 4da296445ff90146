import { GraphError, KnowledgeGraph, entityIri, parseTimeSpan } from '../../src';
import { smallGraph } from './fixture';
import { thrown } from '../thrown';

const putin = entityIri('Vladimir Putin');
const bibi = entityIri('Benjamin Netanyahu');
const us = entityIri('United States');
const israel = entityIri('Israel');

describe('KnowledgeGraph', () => {
  it('holds entities as nodes and entity-to-entity assertions as edges keyed by IRI', () => {
    const kg = smallGraph();
    expect(kg.size).toEqual({ sources: 2, entities: 4, assertions: 4 });
    expect(kg.network.order).toBe(4);
    // the literal-valued casualty count is an assertion but not an edge
    expect(kg.network.size).toBe(3);
    for (const a of kg.assertions().filter((x) => x.object.kind === 'entity')) {
      expect(kg.network.source(a.id)).toBe(a.subject);
    }
  });

  it('fills defaults: asserted, affirmed, confidence 1, recorded at the source date', () => {
    const call = smallGraph().assertionsWithPredicate('phoneCall')[0]!;
    expect(call).toMatchObject({ modality: 'asserted', polarity: 'affirmed', confidence: 1, evidence: null, attributedTo: null });
    expect(call.recorded?.value).toBe('2025-11-16');
    expect(call.id).toMatch(/^urn:claimgraph:assertion\/[0-9a-f]{16}$/);
  });

  it('mints the same IRIs whatever the insertion order', () => {
    expect(smallGraph().assertions().map((a) => a.id)).toEqual(smallGraph().assertions().map((a) => a.id));
  });

  it('answers by entity, pair, speaker, predicate, source and time', () => {
    const kg = smallGraph();
    expect(kg.assertionsOf(us)).toHaveLength(2);
    expect(kg.assertionsOf(israel, 'object')).toHaveLength(2);
    expect(kg.assertionsOf(israel, 'subject').map((a) => a.predicate)).toEqual(['kills']);
    expect(kg.assertionsBetween(bibi, putin).map((a) => a.predicate)).toEqual(['phoneCall']);
    expect(kg.assertionsBetween(israel, israel)).toEqual([]);
    expect(kg.assertionsBy(bibi).map((a) => a.predicate)).toEqual(['changesPolicy']);
    expect(kg.assertionsFrom('urn:claimgraph:doc/a')).toHaveLength(3);
    expect(kg.assertionsDuring(parseTimeSpan('2024')).map((a) => a.predicate)).toEqual(['abstainsOn', 'kills']);
    expect(kg.assertionsDuring(parseTimeSpan('2025-11/..')).map((a) => a.predicate)).toEqual(['phoneCall']);
    expect(kg.findEntities('putin').map((e) => e.id)).toEqual([putin]);
  });

  it('keeps the first of two identical claims', () => {
    const kg = smallGraph();
    const again = kg.addAssertion({ subject: us, predicate: 'abstainsOn', object: { kind: 'entity', id: israel }, source: 'urn:claimgraph:doc/a', valid: parseTimeSpan('2024-03-25'), confidence: 0.2 });
    expect(again.confidence).toBe(1);
    expect(kg.size.assertions).toBe(4);
  });

  it('unites aliases, sameAs and roles when the same entity is added again', () => {
    const kg = smallGraph();
    kg.addEntity({ id: putin, kind: 'Person', label: 'President Putin', aliases: ['Putin', 'Mr Putin'], sameAs: ['http://www.wikidata.org/entity/Q7747'] });
    expect(kg.entity(putin)).toMatchObject({ label: 'Vladimir Putin', aliases: ['Mr Putin', 'President Putin', 'Putin'], sameAs: ['http://www.wikidata.org/entity/Q7747'] });
  });

  it('merges entities: the survivor takes names and every assertion, assertion IRIs stay', () => {
    const kg = smallGraph();
    const usa = kg.addEntity({ kind: 'Country', label: 'USA', sameAs: ['http://www.wikidata.org/entity/Q30'] });
    const a = kg.addAssertion({ subject: usa.id, predicate: 'supports', object: { kind: 'entity', id: israel }, source: 'urn:claimgraph:doc/a' });
    kg.mergeEntities(us, usa.id);
    expect(kg.entity(usa.id)).toBeUndefined();
    expect(kg.entity(us)).toMatchObject({ aliases: ['USA'], sameAs: ['http://www.wikidata.org/entity/Q30'] });
    expect(kg.assertion(a.id)).toMatchObject({ subject: us });
    expect(kg.network.source(a.id)).toBe(us);
    expect(kg.assertionsOf(us)).toHaveLength(3);
    expect(kg.assertionsOf(usa.id)).toEqual([]);
  });

  it('merges a speaker too', () => {
    const kg = smallGraph();
    const bb = kg.addEntity({ kind: 'Person', label: 'Bibi' });
    const a = kg.addAssertion({ subject: us, predicate: 'supports', object: { kind: 'entity', id: israel }, source: 'urn:claimgraph:doc/a', attributedTo: bb.id });
    kg.mergeEntities(bibi, bb.id);
    expect(kg.assertion(a.id)?.attributedTo).toBe(bibi);
    expect(kg.assertionsBy(bibi)).toHaveLength(2);
  });

  it('rejects assertions about unknown entities or sources with a GraphError naming them', () => {
    const kg = new KnowledgeGraph();
    expect(() => kg.addAssertion({ subject: putin, predicate: 'meets', object: { kind: 'entity', id: bibi }, source: 'urn:x' })).toThrow(
      /^KnowledgeGraph\.addAssertion: unknown source urn:x/,
    );
    kg.addSource({ id: 'urn:x', file: 'x', title: null, outlet: null, url: null, language: 'en', published: { time: null, basis: 'unknown', note: '' } });
    expect(() => kg.addAssertion({ subject: putin, predicate: 'meets', object: { kind: 'entity', id: bibi }, source: 'urn:x' })).toThrow(GraphError);
    expect(() => kg.addEntity({ kind: 'Person', label: '  ' })).toThrow(/label is empty/);
  });

  it('refuses what the model does not allow, so that every saved graph loads back', () => {
    const kg = smallGraph();
    const [assertion] = kg.assertions();
    const claim = { subject: assertion!.subject, predicate: 'meets', object: assertion!.object, source: assertion!.source };
    expect(() => kg.addAssertion({ ...claim, confidence: 2 })).toThrow(/^KnowledgeGraph\.addAssertion: confidence must be between 0 and 1/);
    expect(() => kg.addAssertion({ ...claim, confidence: Number.NaN })).toThrow(GraphError);
    expect(() => kg.addAssertion({ ...claim, evidence: { start: 5, end: 2, text: '' } })).toThrow(/evidence must be character offsets/);
    expect(() => kg.addAssertion({ ...claim, evidence: { start: 1.5, end: 2, text: '' } })).toThrow(/evidence/);
    expect(() => kg.addAssertion({ ...claim, predicate: ' ' })).toThrow(/predicate is empty/);
    expect(() => kg.addEntity({ kind: '', label: 'X' })).toThrow(/kind is empty/);
  });

  it('uses the base it is given for every minted IRI', () => {
    const kg = new KnowledgeGraph({ base: 'https://data.example.org/' });
    expect(kg.addEntity({ kind: 'Country', label: 'Côte d’Ivoire' }).id).toBe('https://data.example.org/entity/cote-d-ivoire');
  });

  it('keeps the indexes it builds on first use up to date as assertions are added and entities merged', () => {
    const kg = smallGraph();
    const doc = 'urn:claimgraph:doc/a';
    // the first queries build the predicate, source and speaker indexes
    expect(kg.assertionsWithPredicate('supports')).toEqual([]);
    expect(kg.assertionsFrom(doc)).toHaveLength(3);
    expect(kg.assertionsBy(bibi)).toHaveLength(1);
    const bb = kg.addEntity({ kind: 'Person', label: 'Bibi' });
    const usa = kg.addEntity({ kind: 'Country', label: 'USA' });
    const said = kg.addAssertion({ subject: usa.id, predicate: 'supports', object: { kind: 'entity', id: israel }, source: doc, attributedTo: bb.id });
    const aid = kg.addAssertion({ subject: usa.id, predicate: 'supports', object: { kind: 'literal', value: 'aid', datatype: 'http://www.w3.org/2001/XMLSchema#string' }, source: doc });
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(kg.assertionsWithPredicate('supports'))).toEqual([said.id, aid.id].sort());
    expect(kg.assertionsFrom(doc)).toHaveLength(5);
    expect(ids(kg.assertionsBy(bb.id))).toEqual([said.id]);

    kg.mergeEntities(bibi, bb.id);
    kg.mergeEntities(us, usa.id);
    expect(kg.assertionsBy(bb.id)).toEqual([]);
    expect(ids(kg.assertionsBy(bibi))).toContain(said.id);
    expect(kg.assertionsBy(bibi)).toHaveLength(2);
    expect(kg.assertionsWithPredicate('supports').map((a) => [a.subject, a.attributedTo])).toEqual(
      [said, aid].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => [us, a === said ? bibi : null]),
    );
    // the literal-object assertion moved with its subject
    expect(ids(kg.assertionsOf(us))).toContain(aid.id);
    expect(kg.assertionsOf(usa.id)).toEqual([]);
    // an index built after the merges agrees
    expect(kg.assertionsFrom(doc)).toEqual(kg.assertions().filter((a) => a.source === doc));
  });

  it('lists a self-loop once, also one a merge makes', () => {
    const kg = smallGraph();
    const usa = kg.addEntity({ kind: 'Country', label: 'USA' });
    const loop = kg.addAssertion({ subject: us, predicate: 'sanctions', object: { kind: 'entity', id: us }, source: 'urn:claimgraph:doc/a' });
    const between = kg.addAssertion({ subject: usa.id, predicate: 'meets', object: { kind: 'entity', id: us }, source: 'urn:claimgraph:doc/a' });
    expect(kg.assertionsOf(us).filter((a) => a.id === loop.id)).toHaveLength(1);
    kg.mergeEntities(us, usa.id);
    const of = kg.assertionsOf(us).map((a) => a.id);
    expect(of.filter((id) => id === between.id)).toHaveLength(1);
    expect(of).toEqual([...of].sort());
    expect(kg.assertionsOf(us, 'subject').map((a) => a.id)).toContain(between.id);
    expect(kg.assertionsOf(us, 'object').map((a) => a.id)).toContain(between.id);
    expect(kg.network.source(between.id)).toBe(us);
    expect(kg.size.assertions).toBe(6);
  });

  it('refuses a lone surrogate anywhere in its input, naming the field', () => {
    const kg = smallGraph();
    const claim = { subject: us, predicate: 'meets', object: { kind: 'entity', id: israel }, source: 'urn:claimgraph:doc/a' } as const;
    const refusal = (run: () => unknown): GraphError => thrown(run, GraphError);
    const cases: [() => unknown, string][] = [
      [() => kg.addAssertion({ ...claim, evidence: { start: 0, end: 1, text: 'a\ud83d' } }), 'evidence.text'],
      [() => kg.addAssertion({ ...claim, object: { kind: 'literal', value: '\udc00', datatype: 'http://www.w3.org/2001/XMLSchema#string' } }), 'object.value'],
      [() => kg.addAssertion({ ...claim, valid: { ...parseTimeSpan('2024'), expression: 'in \ud800 2024' } }), 'valid.expression'],
      // a key the model does not know is looked at too
      [() => kg.addAssertion({ ...claim, note: 'x\udfff' } as typeof claim), 'note'],
      [() => kg.addEntity({ kind: 'Person', label: 'X', roles: [{ title: '\ud800', of: null, term: null }] }), 'roles[0].title'],
      [() => kg.addSource({ ...kg.sources()[0]!, title: 'T\udbff' }), 'title'],
    ];
    for (const [run, field] of cases) {
      const error = refusal(run);
      expect(error.field).toBe(field);
      expect(error.message).toMatch(/^KnowledgeGraph\.add(Assertion|Entity|Source): .* has a lone surrogate \(half of a UTF-16 pair\)/);
      expect(error.message).toContain(`: ${field} has`);
    }
    expect(kg.size).toEqual({ sources: 2, entities: 4, assertions: 4 });
    // a surrogate pair is text
    expect(kg.addAssertion({ ...claim, evidence: { start: 0, end: 2, text: '😀' } }).evidence?.text).toBe('😀');
  });
});

