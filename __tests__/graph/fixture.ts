import { KnowledgeGraph, parseTimeSpan, wikidataIri, type Source } from '../../src';

/** Two sources, four entities, and assertions of several shapes: the graph tests' shared input. */
export function smallGraph(): KnowledgeGraph {
  const kg = new KnowledgeGraph();
  const source = (id: string, published: string): Source => ({
    id: `urn:claimgraph:doc/${id}`,
    file: `${id}.txt`,
    title: `Title ${id}`,
    outlet: null,
    url: null,
    language: 'en',
    published: { time: parseTimeSpan(published), basis: 'manifest', note: 'given' },
  });
  kg.addSource(source('a', '2024-03-27'));
  kg.addSource(source('b', '2025-11-16'));
  const putin = kg.addEntity({ kind: 'Person', label: 'Vladimir Putin', aliases: ['Putin'], sameAs: [wikidataIri('Q7747')] });
  const bibi = kg.addEntity({
    kind: 'Person',
    label: 'Benjamin Netanyahu',
    roles: [{ title: 'Prime Minister', of: null, term: parseTimeSpan('2022-12-29/..') }],
  });
  const us = kg.addEntity({ kind: 'Country', label: 'United States' });
  const israel = kg.addEntity({ kind: 'Country', label: 'Israel' });
  kg.addAssertion({ subject: putin.id, predicate: 'phoneCall', object: { kind: 'entity', id: bibi.id }, source: 'urn:claimgraph:doc/b', valid: parseTimeSpan('2025-11-15') });
  kg.addAssertion({ subject: us.id, predicate: 'abstainsOn', object: { kind: 'entity', id: israel.id }, source: 'urn:claimgraph:doc/a', valid: parseTimeSpan('2024-03-25') });
  kg.addAssertion({
    subject: israel.id,
    predicate: 'kills',
    object: { kind: 'literal', value: '45', datatype: 'http://www.w3.org/2001/XMLSchema#integer', qualifier: 'atLeast' },
    source: 'urn:claimgraph:doc/a',
    valid: parseTimeSpan('2024-05'),
  });
  kg.addAssertion({
    subject: us.id,
    predicate: 'changesPolicy',
    object: { kind: 'entity', id: israel.id },
    source: 'urn:claimgraph:doc/a',
    attributedTo: bibi.id,
    polarity: 'denied',
    modality: 'reported',
  });
  return kg;
}
