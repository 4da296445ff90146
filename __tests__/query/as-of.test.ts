import { QueryError, TimeSpanError } from '../../src/errors';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import { asOf, validAt } from '../../src/query';
import { parseTimeSpan } from '../../src/time/timespan';
import { doc, graphOf, iri, say } from './fixtures';

/** Sources published on a day, in a month, in a year, over an interval, open-ended, and undated: one claim each. */
function publishedGraph(): KnowledgeGraph {
  const kg = graphOf(
    { day: '2024-03-27', month: '2024-03', year: '2024', span: '2023-01-01/2025-01-19', open: '2025-01-20/..', undated: null },
    ['Ann', 'Bob', 'Cy', 'Dee', 'Eve'],
  );
  kg.addEntity({ kind: 'Person', label: 'Ann', roles: [{ title: 'President', of: null, term: parseTimeSpan('2021-01-20/2025-01-20') }] });
  say(kg, 'Ann', 'meets', 'Bob', 'day', '2024-03-25');
  say(kg, 'Ann', 'criticizes', 'Cy', 'month', null, { attributedTo: iri('Dee') });
  say(kg, 'Bob', 'meets', 'Cy', 'year', '2024');
  say(kg, 'Cy', 'supports', 'Bob', 'span', null);
  say(kg, 'Eve', 'visits', 'Ann', 'open', '2025-02');
  say(kg, 'Eve', 'praises', 'Bob', 'undated', null);
  return kg;
}

const files = (kg: KnowledgeGraph) => kg.sources().map((s) => s.file.replace(/^corpus\/|\.txt$/g, ''));

describe('asOf', () => {
  it('keeps the sources surely published by the date, and with include: possible those that may have been', () => {
    const kg = publishedGraph();
    expect(files(asOf(kg, '2024-03-27'))).toEqual(['day']);
    expect(files(asOf(kg, '2024-03-26'))).toEqual([]);
    expect(files(asOf(kg, '2024-03-26', { include: 'possible' }))).toEqual(['month', 'span', 'year']);
    expect(files(asOf(kg, '2024-03-27', { include: 'possible' }))).toEqual(['day', 'month', 'span', 'year']);
    // a month reads as "by the end of March"
    expect(files(asOf(kg, '2024-03'))).toEqual(['day', 'month']);
    expect(files(asOf(kg, '2024-12-31'))).toEqual(['day', 'month', 'year']);
    expect(files(asOf(kg, '../2025-01-19'))).toEqual(['day', 'month', 'span', 'year']);
    // an open-ended publication is never surely over; an undated source never counts
    expect(files(asOf(kg, '2099-12-31'))).toEqual(['day', 'month', 'span', 'year']);
    expect(files(asOf(kg, '2099-12-31', { include: 'possible' }))).toEqual(['day', 'month', 'open', 'span', 'year']);
  });

  it('copies the sources’ assertions unchanged and the entities they name, with roles and speakers', () => {
    const kg = publishedGraph();
    const known = asOf(kg, '2024-03');
    expect(known).not.toBe(kg);
    expect(known.base).toBe(kg.base);
    expect(known.assertions()).toEqual([...kg.assertionsFrom(doc('day')), ...kg.assertionsFrom(doc('month'))].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(known.entities().map((e) => e.label)).toEqual(['Ann', 'Bob', 'Cy', 'Dee']);
    expect(known.entity(iri('Ann'))).toEqual(kg.entity(iri('Ann')));
    expect(known.entity(iri('Ann'))!.roles.map((r) => r.title)).toEqual(['President']);
    expect(known.assertionsBy(iri('Dee')).map((a) => a.predicate)).toEqual(['criticizes']);
    expect(known.source(doc('day'))).toEqual(kg.source(doc('day')));
    // the original graph is untouched
    expect(kg.size).toEqual({ sources: 6, entities: 5, assertions: 6 });
  });

  it('throws a QueryError naming asOf and the field for a bad date or option', () => {
    const kg = publishedGraph();
    for (const bad of ['2024-13-01', 'soon', '2024-02-30', '']) {
      expect(() => asOf(kg, bad)).toThrow(QueryError);
      expect(() => asOf(kg, bad)).toThrow(/^asOf: /);
    }
    expect(() => asOf(kg, '2024/..')).toThrow(/^asOf: "2024\/\.\." has an open end/);
    expect(() => asOf(kg, 20240327 as unknown as string)).toThrow(/^asOf: the date must be a string/);
    let thrown: unknown;
    try {
      asOf(kg, '2024-13-01');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'QueryError', field: 'date', message: expect.stringContaining('2024-13-01') });
    expect((thrown as Error).cause).toBeInstanceOf(TimeSpanError);
    expect(() => asOf(kg, '2024', { include: 'maybe' as never })).toThrow(/^asOf: include must be 'certain' or 'possible', not "maybe"/);
  });
});

describe('validAt', () => {
  function validGraph(): KnowledgeGraph {
    const kg = graphOf({ a: '2025-01-01' }, ['Ann', 'Bob']);
    for (const [predicate, valid] of [
      ['meets', '2024-03-25'],
      ['visits', '2024-03-26'],
      ['criticizes', '2024-03'],
      ['praises', '2024'],
      ['supports', '2024-03-01/2024-04-30'],
      ['opposes', '2024-03-25/2024-03-25'],
      ['attacks', '2022-02-24/..'],
      ['sanctions', '../2024-12-31'],
      ['hosts', null],
    ] as const) {
      say(kg, 'Ann', predicate, 'Bob', 'a', valid);
    }
    say(kg, 'Bob', 'condemns', 'Ann', 'a', '2024-03-25', { polarity: 'denied' });
    return kg;
  }
  const predicates = (list: Array<{ predicate: string }>) => list.map((a) => a.predicate).sort();

  it('certain: the day itself, or an interval with known ends around it; denied claims are kept as claims', () => {
    const found = validAt(validGraph(), '2024-03-25');
    expect(predicates(found)).toEqual(['condemns', 'meets', 'opposes', 'supports']);
    expect(found.find((a) => a.predicate === 'condemns')!.polarity).toBe('denied');
  });

  it('possible: every span that may contain the day, month, year and open ends included; undated never', () => {
    const found = validAt(validGraph(), '2024-03-25', { include: 'possible' });
    expect(predicates(found)).toEqual(['attacks', 'condemns', 'criticizes', 'meets', 'opposes', 'praises', 'sanctions', 'supports']);
    // ordered by earliest valid day
    const starts = found.map((a) => a.valid!.earliest ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(predicates(validAt(validGraph(), '2024-12-31', { include: 'possible' }))).toEqual(['attacks', 'praises', 'sanctions']);
    expect(validAt(validGraph(), '2024-12-31')).toEqual([]);
  });

  it('wants a day, and says so with a QueryError', () => {
    const kg = validGraph();
    expect(() => validAt(kg, '2024-03')).toThrow(QueryError);
    expect(() => validAt(kg, '2024-03')).toThrow(/^validAt: "2024-03" is not a day/);
    expect(() => validAt(kg, '2024-03-32')).toThrow(/^validAt: /);
    expect(() => validAt(kg, '2024-03-25', { include: 'sure' as never })).toThrow(QueryError);
  });

  it('returns plain assertions that survive a JSON round trip', () => {
    const found = validAt(validGraph(), '2024-03-25', { include: 'possible' });
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });
});
