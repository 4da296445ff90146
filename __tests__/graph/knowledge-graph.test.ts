import { GraphError, KnowledgeGraph, entityIri, parseTimeSpan } from '../../src';
import { smallGraph } from './fixture';

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
});
