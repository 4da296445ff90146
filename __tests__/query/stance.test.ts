import type { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import type { PredicateDefinition } from '../../src/model/predicate';
import { stanceChanges, stanceHistory } from '../../src/query';
import { compareTimeSpans } from '../../src/time/allen';
import { bundledCorpusGraph, graphOf, iri, say } from './fixtures';

const TRUMP = 'Donald Trump';
const BIBI = 'Benjamin Netanyahu';
const PEOPLE = [TRUMP, BIBI, 'United States', 'Israel', 'Ann', 'Bob'];
const SOURCES = { '000_x': '2021-02-01', '002_y': '2026-01-01', '003_z': '2024-03-27', undated: null };

/** Trump supports Netanyahu over his first term, then criticizes him in December 2025. */
function flipGraph(): KnowledgeGraph {
  const kg = graphOf(SOURCES, PEOPLE);
  say(kg, TRUMP, 'supports', BIBI, '000_x', '2017-01-20/2021-01-20');
  say(kg, TRUMP, 'criticizes', BIBI, '002_y', '2025-12');
  return kg;
}

const periods = (kg: KnowledgeGraph, a = TRUMP, b = BIBI) => stanceHistory(kg, iri(a), iri(b)).periods.map((p) => [p.valence, p.follows, p.assertions.length]);

describe('stanceHistory', () => {
  it('reports a flip between strictly ordered claims as a change, naming both sources and their evidence', () => {
    const kg = flipGraph();
    const history = stanceHistory(kg, iri(TRUMP), iri(BIBI));
    const [support, criticism] = history.points.map((p) => p.assertion);
    expect(history.points.map((p) => [p.valence, p.timeBasis, p.tentative])).toEqual([
      ['cooperative', 'valid', false],
      ['hostile', 'valid', false],
    ]);
    expect(periods(kg)).toEqual([
      ['cooperative', null, 1],
      ['hostile', 'change', 1],
    ]);
    expect(history.periods[1]).toMatchObject({ first: { value: '2025-12' }, last: { value: '2025-12' } });
    expect(history.changes).toEqual([
      {
        id: expect.stringMatching(/^urn:claimgraph:change\/[0-9a-f]{16}$/),
        kind: 'stance',
        from: { valence: 'cooperative', predicates: ['supports'], assertions: [support!.id] },
        to: { valence: 'hostile', predicates: ['criticizes'], assertions: [criticism!.id] },
        assertions: [support!.id, criticism!.id],
        explanation:
          'Donald Trump → Benjamin Netanyahu went from cooperative (supports, 000_x.txt: "Donald Trump supports Benjamin Netanyahu", 2017-01-20/2021-01-20) ' +
          'to hostile (criticizes, 002_y.txt: "Donald Trump criticizes Benjamin Netanyahu", 2025-12)',
      },
    ]);
    // the same pair asked the other way round gives the same change
    expect(stanceHistory(kg, iri(BIBI), iri(TRUMP)).changes).toEqual(history.changes);
  });

  it('gives stable ids: the same graph built twice, the same change IRIs; another change, another IRI', () => {
    const ids = stanceHistory(flipGraph(), iri(TRUMP), iri(BIBI)).changes.map((c) => c.id);
    expect(stanceHistory(flipGraph(), iri(TRUMP), iri(BIBI)).changes.map((c) => c.id)).toEqual(ids);
    const kg = flipGraph();
    say(kg, TRUMP, 'praises', BIBI, '002_y', '2026-01-01');
    const more = stanceHistory(kg, iri(TRUMP), iri(BIBI)).changes.map((c) => c.id);
    expect(more).toHaveLength(2);
    expect(more[0]).toBe(ids[0]);
    expect(new Set(more).size).toBe(2);
  });

  it('claims no change when the two claims overlap in time: their order is unknown', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, TRUMP, 'supports', BIBI, '003_z', '2024');
    say(kg, TRUMP, 'criticizes', BIBI, '003_z', '2024-03');
    const history = stanceHistory(kg, iri(TRUMP), iri(BIBI));
    expect(history.periods.map((p) => [p.valence, p.follows])).toEqual([
      ['cooperative', null],
      ['hostile', 'unordered'],
    ]);
    expect(history.changes).toEqual([]);
  });

  it('skips neutral predicates and denied claims: a denial says nothing about stance', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, TRUMP, 'supports', BIBI, '000_x', '2019');
    say(kg, TRUMP, 'criticizes', BIBI, '000_x', '2020', { polarity: 'denied' });
    say(kg, TRUMP, 'urges', BIBI, '000_x', '2020-06');
    say(kg, TRUMP, 'praises', BIBI, '002_y', '2025');
    const history = stanceHistory(kg, iri(TRUMP), iri(BIBI));
    expect(history.points.map((p) => p.assertion.predicate)).toEqual(['supports', 'praises']);
    expect(periods(kg)).toEqual([['cooperative', null, 2]]);
    expect(history.changes).toEqual([]);
  });

  it('reads both directions, places claims without valid time at their publication, and marks tentative ones', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, TRUMP, 'meets', BIBI, '000_x', '2020-09-15');
    say(kg, BIBI, 'criticizes', TRUMP, '002_y', null, { attributedTo: iri('Ann') });
    say(kg, TRUMP, 'visits', BIBI, '002_y', '2026-05', { modality: 'planned' });
    say(kg, TRUMP, 'praises', BIBI, 'undated', null);
    const history = stanceHistory(kg, iri(TRUMP), iri(BIBI));
    expect(history.points.map((p) => [p.assertion.predicate, p.time.value, p.timeBasis, p.tentative])).toEqual([
      ['meets', '2020-09-15', 'valid', false],
      ['criticizes', '2026-01-01', 'recorded', false],
      ['visits', '2026-05', 'valid', true],
    ]);
    expect(history.undated.map((a) => a.predicate)).toEqual(['praises']);
    expect(history.changes.map((c) => c.explanation)).toEqual([
      'Donald Trump ↔ Benjamin Netanyahu went from cooperative (Donald Trump meets Benjamin Netanyahu, 000_x.txt: "Donald Trump meets Benjamin Netanyahu", 2020-09-15) ' +
        'to hostile (Benjamin Netanyahu criticizes Donald Trump according to Ann, 002_y.txt: "Benjamin Netanyahu criticizes Donald Trump", published 2026-01-01)',
      'Benjamin Netanyahu ↔ Donald Trump went from hostile (Benjamin Netanyahu criticizes Donald Trump according to Ann, 002_y.txt: "Benjamin Netanyahu criticizes Donald Trump", published 2026-01-01) ' +
        'to cooperative (Donald Trump visits [planned] Benjamin Netanyahu, 002_y.txt: "Donald Trump visits Benjamin Netanyahu", 2026-05)',
    ]);
    // tentative: false leaves the planned visit out
    const firm = stanceHistory(kg, iri(TRUMP), iri(BIBI), { tentative: false });
    expect(firm.points.map((p) => p.assertion.predicate)).toEqual(['meets', 'criticizes']);
  });

  it('takes a custom vocabulary', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, 'Ann', 'hugs', 'Bob', '000_x', '2020');
    say(kg, 'Ann', 'snubs', 'Bob', '002_y', '2025');
    say(kg, 'Ann', 'criticizes', 'Bob', '002_y', '2025-06');
    const predicate = (id: string, valence: PredicateDefinition['valence']): PredicateDefinition => ({ id, label: id, comment: id, valence, functional: false, symmetric: false });
    const history = stanceHistory(kg, iri('Ann'), iri('Bob'), { predicates: [predicate('hugs', 'cooperative'), predicate('snubs', 'hostile')] });
    expect(history.points.map((p) => p.assertion.predicate)).toEqual(['hugs', 'snubs']);
    expect(history.changes.map((c) => [c.from.valence, c.to.valence])).toEqual([['cooperative', 'hostile']]);
    // the built-in vocabulary knows neither
    expect(stanceHistory(kg, iri('Ann'), iri('Bob')).points.map((p) => p.assertion.predicate)).toEqual(['criticizes']);
  });

  it('is a plain object that survives a JSON round trip', () => {
    const history = stanceHistory(flipGraph(), iri(TRUMP), iri(BIBI));
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });
});

describe('stanceChanges', () => {
  function worldGraph(): KnowledgeGraph {
    const kg = flipGraph();
    // contrary votes at ordered times: a change, though neither side is a stance flip (abstaining is neutral)
    say(kg, 'United States', 'vetoes', 'Israel', '003_z', '2023-10-18');
    say(kg, 'United States', 'abstainsOn', 'Israel', '003_z', '2024-03-25');
    // contrary votes over overlapping times: a contradiction, not a change
    say(kg, 'Ann', 'votesFor', 'Bob', '003_z', '2024-03');
    say(kg, 'Ann', 'abstainsOn', 'Bob', '003_z', '2024-03-25');
    // opposite directions are different actors: no contrary change
    say(kg, 'Israel', 'votesFor', 'United States', '003_z', '2024-06-01');
    // praises, then criticizes: both a stance change and a contrary change
    say(kg, 'Ann', 'praises', 'Israel', '000_x', '2020');
    say(kg, 'Ann', 'criticizes', 'Israel', '002_y', '2025');
    // an entity related to itself has no stance
    say(kg, 'Bob', 'supports', 'Bob', '000_x', '2020');
    say(kg, 'Bob', 'criticizes', 'Bob', '002_y', '2025');
    return kg;
  }
  const summary = (kg: KnowledgeGraph) => stanceChanges(kg).map((c) => [c.kind, ...c.assertions.map((id) => kg.assertion(id)!.predicate)]);

  it('finds stance and contrary changes for every related pair, in time order', () => {
    const kg = worldGraph();
    expect(summary(kg)).toEqual([
      ['contrary', 'vetoes', 'abstainsOn'],
      ['contrary', 'praises', 'criticizes'],
      ['stance', 'praises', 'criticizes'],
      ['stance', 'supports', 'criticizes'],
    ]);
    const veto = stanceChanges(kg)[0]!;
    expect(veto).toMatchObject({
      from: { valence: 'hostile', predicates: ['vetoes'] },
      to: { valence: 'neutral', predicates: ['abstainsOn'] },
      explanation:
        'United States → Israel went from vetoes (003_z.txt: "United States vetoes Israel", 2023-10-18) ' +
        'to the contrary abstainsOn (003_z.txt: "United States abstainsOn Israel", 2024-03-25), at ordered times: a change, not a contradiction',
    });
    // the pair's own history gives the same stance change
    expect(stanceChanges(kg).filter((c) => c.kind === 'stance' && c.assertions[0] === stanceHistory(kg, iri(TRUMP), iri(BIBI)).changes[0]!.assertions[0])).toHaveLength(1);
  });

  it('compares a symmetric predicate in both directions and reports its change once', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, 'Ann', 'cooperatesWith', 'Bob', '000_x', '2020');
    say(kg, 'Bob', 'clashesWith', 'Ann', '002_y', '2025');
    expect(summary(kg)).toEqual([
      ['contrary', 'cooperatesWith', 'clashesWith'],
      ['stance', 'cooperatesWith', 'clashesWith'],
    ]);
  });

  it('reports a contrary change only where the last related claim before it was contrary', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, 'United States', 'vetoes', 'Israel', '003_z', '2023-10-18');
    const second = say(kg, 'United States', 'vetoes', 'Israel', '003_z', '2023-12-08');
    say(kg, 'United States', 'meets', 'Israel', '003_z', '2024-01');
    const abstention = say(kg, 'United States', 'abstainsOn', 'Israel', '003_z', '2024-03-25');
    const contrary = stanceChanges(kg).filter((c) => c.kind === 'contrary');
    expect(contrary.map((c) => c.assertions)).toEqual([[second.id, abstention.id]]);
  });

  it('skips denied claims in contrary changes too', () => {
    const kg = graphOf(SOURCES, PEOPLE);
    say(kg, 'United States', 'vetoes', 'Israel', '003_z', '2023-10-18', { polarity: 'denied' });
    say(kg, 'United States', 'abstainsOn', 'Israel', '003_z', '2024-03-25');
    expect(stanceChanges(kg)).toEqual([]);
  });

  it('is deterministic and survives a JSON round trip', () => {
    const changes = stanceChanges(worldGraph());
    expect(stanceChanges(worldGraph())).toEqual(changes);
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
  });

  it('on the bundled corpus: every change joins two strictly ordered claims of one pair, ids unique', async () => {
    const kg = await bundledCorpusGraph();
    const changes = stanceChanges(kg);
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    for (const change of changes) {
      const [before, after] = change.assertions.map((id) => kg.assertion(id)!);
      const time = (a: typeof before) => (a!.valid ?? a!.recorded)!;
      expect(compareTimeSpans(time(before), time(after))).toBe(-1);
      const pair = (a: typeof before) => [a!.subject, a!.object.kind === 'entity' ? a!.object.id : ''].sort().join(' ');
      expect(pair(before)).toBe(pair(after));
      expect(before!.polarity).toBe('affirmed');
      expect(after!.polarity).toBe('affirmed');
    }
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
  });
});
