import { QueryError } from '../../src/errors';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import { timeline, type TimelineEntry } from '../../src/query';
import { parseTimeSpan } from '../../src/time/timespan';
import { bundledCorpusGraph, graphOf, iri, say } from './fixtures';

const PEOPLE = ['Ann', 'Bob', 'Cy'];

/** Ann's claims at granularities that overlap, an open start and end, and one undated. */
function annGraph(): KnowledgeGraph {
  const kg = graphOf({ a: '2024-03-27', b: '2025-11-16', c: null }, PEOPLE);
  say(kg, 'Ann', 'meets', 'Bob', 'a', '2024');
  say(kg, 'Ann', 'visits', 'Bob', 'a', '2024-03-22');
  say(kg, 'Bob', 'criticizes', 'Ann', 'a', '2024-03');
  say(kg, 'Ann', 'demands', 'Cy', 'a', '2024-03-25');
  say(kg, 'Cy', 'supports', 'Ann', 'b', '2025-01-20/..');
  say(kg, 'Ann', 'attacks', 'Cy', 'a', '../2022-02-24');
  say(kg, 'Ann', 'praises', 'Bob', 'b', null);
  say(kg, 'Bob', 'meets', 'Cy', 'c', '2024-03-25'); // not Ann's
  return kg;
}

const rows = (t: ReturnType<typeof timeline>) => t.entries.map((e) => [e.time.value, e.assertion.predicate, e.group, e.relation]);

describe('timeline', () => {
  it('orders by earliest then latest day, groups what cannot be ordered, and gives each Allen relation', () => {
    expect(rows(timeline(annGraph(), { entity: iri('Ann') }))).toEqual([
      ['../2022-02-24', 'attacks', 0, null],
      ['2024', 'meets', 1, 'after'],
      ['2024-03', 'criticizes', 1, 'during'],
      ['2024-03-22', 'visits', 1, 'during'],
      ['2024-03-25', 'demands', 1, 'after'],
      ['2025-01-20/..', 'supports', 2, 'after'],
    ]);
  });

  it('starts a new group only when an entry lies wholly after the whole group, not just the previous entry', () => {
    const kg = graphOf({ a: '2024-12-31' }, PEOPLE);
    say(kg, 'Ann', 'meets', 'Bob', 'a', '2024-02');
    say(kg, 'Ann', 'supports', 'Bob', 'a', '2024-03-01/2024-06-30'); // meets February: surely after it
    say(kg, 'Ann', 'visits', 'Bob', 'a', '2024-03-15');
    say(kg, 'Ann', 'praises', 'Bob', 'a', '2024-04-02'); // after the visit, but maybe not after the interval's start
    say(kg, 'Ann', 'hosts', 'Bob', 'a', '2024-07-01');
    expect(rows(timeline(kg, { entity: iri('Ann') }))).toEqual([
      ['2024-02', 'meets', 0, null],
      ['2024-03-01/2024-06-30', 'supports', 1, 'metBy'],
      ['2024-03-15', 'visits', 1, 'during'],
      ['2024-04-02', 'praises', 1, 'after'],
      ['2024-07-01', 'hosts', 2, 'after'],
    ]);
  });

  it('puts an open start before every day and an open end after every day', () => {
    const kg = graphOf({ a: '2024-12-31' }, PEOPLE);
    say(kg, 'Ann', 'meets', 'Bob', 'a', '2024-05-01/..');
    say(kg, 'Ann', 'visits', 'Bob', 'a', '2024-05');
    say(kg, 'Ann', 'praises', 'Bob', 'a', '2024-05-01');
    say(kg, 'Ann', 'hosts', 'Bob', 'a', '../2024-05-31');
    expect(rows(timeline(kg, { entity: iri('Ann') }))).toEqual([
      ['../2024-05-31', 'hosts', 0, null],
      ['2024-05-01', 'praises', 0, 'during'],
      ['2024-05', 'visits', 0, 'startedBy'],
      ['2024-05-01/..', 'meets', 0, 'startedBy'],
    ]);
  });

  it('breaks ties of equal spans by IRI', () => {
    const kg = graphOf({ a: '2024-12-31' }, PEOPLE);
    const claims = ['meets', 'visits', 'praises', 'supports'].map((p) => say(kg, 'Ann', p, 'Bob', 'a', '2024-05'));
    const t = timeline(kg, { entity: iri('Ann') });
    expect(t.entries.map((e) => e.assertion.id)).toEqual(claims.map((a) => a.id).sort());
    expect(t.entries.map((e) => [e.group, e.relation])).toEqual([[0, null], [0, 'equals'], [0, 'equals'], [0, 'equals']]);
  });

  it('lists assertions without the chosen time apart, by IRI, never dropping them', () => {
    const kg = annGraph();
    const t = timeline(kg, { entity: iri('Ann') });
    expect(t.undated.map((a) => a.predicate)).toEqual(['praises']);
    const recorded = timeline(kg, { entity: iri('Bob'), by: 'recorded' });
    // Bob meets Cy comes from an undated source: it has no recorded time.
    expect(recorded.undated.map((a) => a.predicate)).toEqual(['meets']);
    expect(recorded.entries.map((e) => [e.time.value, e.group])).toEqual([
      ['2024-03-27', 0],
      ['2024-03-27', 0],
      ['2024-03-27', 0],
      ['2025-11-16', 1],
    ]);
    expect(recorded.entries.map((e) => e.relation)).toEqual([null, 'equals', 'equals', 'after']);
    expect(recorded.entries.map((e) => e.assertion.predicate).slice(0, 3).sort()).toEqual(['criticizes', 'meets', 'visits']);
  });

  it('combines entity, pair, predicate and time filters', () => {
    const kg = annGraph();
    expect(rows(timeline(kg, { between: [iri('Bob'), iri('Ann')] })).map((r) => r[1])).toEqual(['meets', 'criticizes', 'visits']);
    expect(timeline(kg, { between: [iri('Bob'), iri('Ann')] }).undated.map((a) => a.predicate)).toEqual(['praises']);
    expect(rows(timeline(kg, { predicate: 'meets' })).map((r) => r[0])).toEqual(['2024', '2024-03-25']);
    expect(rows(timeline(kg, { predicate: 'meets', entity: iri('Cy') })).map((r) => r[0])).toEqual(['2024-03-25']);
    expect(rows(timeline(kg, { entity: iri('Ann'), during: parseTimeSpan('2024-03-23/2024-12') })).map((r) => r[1])).toEqual(['meets', 'criticizes', 'demands']);
    // a time range alone; undated claims may fall in it, so they stay listed
    const during = timeline(kg, { during: parseTimeSpan('2025') });
    expect(rows(during)).toEqual([['2025-01-20/..', 'supports', 0, null]]);
    expect(during.undated.map((a) => a.predicate)).toEqual(['praises']);
    expect(rows(timeline(kg, { by: 'recorded', during: parseTimeSpan('2025') })).map((r) => r[1])).toEqual(['praises', 'supports']);
    expect(timeline(kg, { entity: iri('Nobody') })).toEqual({ entries: [], undated: [] });
  });

  it('selects through the graph indexes, not a scan, when a filter allows it', () => {
    const kg = annGraph();
    const scan = jest.spyOn(kg, 'assertions');
    const during = jest.spyOn(kg, 'assertionsDuring');
    timeline(kg, { entity: iri('Ann') });
    timeline(kg, { between: [iri('Ann'), iri('Bob')], during: parseTimeSpan('2024') });
    timeline(kg, { predicate: 'meets' });
    expect(scan).not.toHaveBeenCalled();
    timeline(kg, { during: parseTimeSpan('2024') });
    expect(during).toHaveBeenCalledTimes(1);
  });

  it('refuses an unknown time axis', () => {
    expect(() => timeline(annGraph(), { by: 'published' as never })).toThrow(QueryError);
    expect(() => timeline(annGraph(), { by: 'published' as never })).toThrow(/^timeline: by must be 'valid' or 'recorded'/);
  });

  it('is a plain object that survives a JSON round trip', () => {
    const t = timeline(annGraph(), { entity: iri('Ann') });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(t.entries[0]!.assertion.evidence?.text).toBe('Ann attacks Cy');
  });
});

describe('timeline on the bundled corpus', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await bundledCorpusGraph();
  });

  it.each(['valid', 'recorded'] as const)('keeps its invariants for every entity (by %s)', (by) => {
    expect(kg.entities().length).toBeGreaterThan(10);
    let dated = 0;
    for (const entity of kg.entities()) {
      const t = timeline(kg, { entity: entity.id, by });
      const own = kg.assertionsOf(entity.id);
      const timeOf = (a: (typeof own)[number]) => (by === 'valid' ? a.valid : a.recorded);
      // every dated assertion exactly once, every undated one listed apart
      expect(t.entries.map((e) => e.assertion.id).sort()).toEqual(own.filter(timeOf).map((a) => a.id).sort());
      expect(t.undated.map((a) => a.id)).toEqual(own.filter((a) => !timeOf(a)).map((a) => a.id));
      dated += t.entries.length;
      // groups count up from 0 in steps of one
      t.entries.forEach((e, i) => {
        expect(e.time).toBe(timeOf(e.assertion));
        expect(e.relation === null).toBe(i === 0);
        expect(e.group - (t.entries[i - 1]?.group ?? 0)).toBeGreaterThanOrEqual(0);
        expect(e.group - (t.entries[i - 1]?.group ?? 0)).toBeLessThanOrEqual(1);
      });
      const whollyAfter = (e: TimelineEntry, f: TimelineEntry) => e.time.earliest !== null && f.time.latest !== null && e.time.earliest > f.time.latest;
      for (const e of t.entries) {
        // a later group lies wholly after every entry of the earlier groups …
        for (const f of t.entries) if (f.group < e.group) expect(whollyAfter(e, f)).toBe(true);
        // … and a group is split no further than that: each entry but a group's first overlaps something before it in the group
        const earlier = t.entries.slice(0, t.entries.indexOf(e)).filter((f) => f.group === e.group);
        if (earlier.length > 0) expect(earlier.every((f) => whollyAfter(e, f))).toBe(false);
      }
    }
    expect(dated).toBeGreaterThan(0);
  });
});
