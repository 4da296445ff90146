import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { graphFromJSON, graphToGexf, graphToJSON, KnowledgeGraph, parseTimeSpan, type PredicateDefinition } from '../../src';
import { smallGraph } from './fixture';

const read = (gexf: string) => parse(MultiDirectedGraph, gexf, { respectInputGraphType: true });

describe('graphToGexf', () => {
  it('writes a node per entity with its label, kind and number of assertions', () => {
    const kg = smallGraph();
    const text = graphToGexf(kg);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf version="1.2"/);
    expect(text).toContain('<graph defaultedgetype="directed">');
    const gexf = read(text);
    expect(gexf.getAttribute('creator')).toBe('claimgraph');
    expect(gexf.nodes()).toEqual(kg.entities().map((e) => e.id));
    expect(gexf.getNodeAttributes('urn:claimgraph:entity/israel')).toEqual({ label: 'Israel', kind: 'Country', assertions: 3 });
    expect(gexf.getNodeAttributes('urn:claimgraph:entity/vladimir-putin')).toEqual({ label: 'Vladimir Putin', kind: 'Person', assertions: 1 });
  });

  it('writes a directed edge per entity-to-entity assertion, keyed by its IRI, with flat attributes', () => {
    const kg = smallGraph();
    const gexf = read(graphToGexf(kg));
    expect(gexf.edges()).toEqual(kg.network.edges().sort());
    expect(gexf.size).toBe(3); // the casualty count is a literal: no edge

    const [call] = kg.assertionsWithPredicate('phoneCall');
    expect(gexf.source(call!.id)).toBe('urn:claimgraph:entity/vladimir-putin');
    expect(gexf.target(call!.id)).toBe('urn:claimgraph:entity/benjamin-netanyahu');
    expect(gexf.getEdgeAttributes(call!.id)).toEqual({
      label: 'holds a phone call with',
      predicate: 'phoneCall',
      valence: 'cooperative',
      polarity: 'affirmed',
      modality: 'asserted',
      valid: '2025-11-15',
      start: '2025-11-15',
      end: '2025-11-15',
      source: 'b.txt',
      weight: 1,
    });

    // undated: no valid, start or end
    const [change] = kg.assertionsWithPredicate('changesPolicy');
    const attributes = gexf.getEdgeAttributes(change!.id);
    expect(attributes).toMatchObject({ predicate: 'changesPolicy', polarity: 'denied', modality: 'reported', source: 'a.txt' });
    expect(attributes).not.toHaveProperty('valid');
    expect(attributes).not.toHaveProperty('start');
  });

  it('takes label and valence from the vocabulary given, and leaves the valence out for an unknown predicate', () => {
    const kg = smallGraph();
    const [abstains] = kg.assertionsWithPredicate('abstainsOn');
    const [call] = kg.assertionsWithPredicate('phoneCall');
    const mine: PredicateDefinition[] = [{ id: 'abstainsOn', label: 'sits out', comment: 'x', valence: 'hostile', functional: false, symmetric: false }];
    const gexf = read(graphToGexf(kg, { predicates: mine }));
    expect(gexf.getEdgeAttributes(abstains!.id)).toMatchObject({ label: 'sits out', valence: 'hostile' });
    expect(gexf.getEdgeAttributes(call!.id)).toMatchObject({ label: 'phoneCall', predicate: 'phoneCall' });
    expect(gexf.getEdgeAttributes(call!.id)).not.toHaveProperty('valence');
  });

  it('writes open ends and confidence: a start without an end, the confidence as weight', () => {
    const kg = new KnowledgeGraph();
    kg.addSource({ id: 'urn:x:doc', file: 'x.txt', title: null, outlet: null, url: null, language: 'en', published: { time: null, basis: 'unknown', note: '' } });
    const a = kg.addEntity({ kind: 'Country', label: 'A' });
    const b = kg.addEntity({ kind: 'Country', label: 'B' });
    const claim = kg.addAssertion({ subject: a.id, predicate: 'sanctions', object: { kind: 'entity', id: b.id }, source: 'urn:x:doc', valid: parseTimeSpan('2022-02/..'), confidence: 0.55 });
    const attributes = read(graphToGexf(kg)).getEdgeAttributes(claim.id);
    expect(attributes).toMatchObject({ valid: '2022-02/..', start: '2022-02-01', valence: 'hostile', weight: 0.55 });
    expect(attributes).not.toHaveProperty('end');
  });

  it('gives the same text whatever order the graph was built in', () => {
    const gexf = graphToGexf(smallGraph());
    expect(graphToGexf(graphFromJSON(graphToJSON(smallGraph())))).toBe(gexf);
    expect(graphToGexf(smallGraph())).toBe(gexf);
  });

  it('writes well-formed XML for text XML cannot hold, and escapes markup', () => {
    const kg = new KnowledgeGraph();
    kg.addEntity({ id: 'urn:x:a', kind: 'Person', label: 'bell\u0007 <b>"&\'\n' });
    const gexf = graphToGexf(kg);
    expect(gexf).not.toMatch(/\u0007/);
    expect(read(gexf).getNodeAttribute('urn:x:a', 'label')).toBe('bell\uFFFD <b>"&\'\n');
  });

  it('writes an empty graph', () => {
    expect(read(graphToGexf(new KnowledgeGraph())).order).toBe(0);
  });
});
