import { QueryError } from '../../src/errors';
import type { LiteralObject } from '../../src/model/assertion';
import { documentIri } from '../../src/model/iri';
import type { PredicateDefinition } from '../../src/model/predicate';
import { contradictions, type Contradiction } from '../../src/query/contradictions';
import { parseTimeSpan } from '../../src/time/timespan';
import { claimsGraph, e, number, office, OFFICE_ROLES, text, type Claim } from './claims-graph';

const doc = (name: string) => documentIri(name);
const title = text;
const phrase = text;
const graphOf = claimsGraph;

/** kind, severity and assertion IRIs of each record. */
const summary = (found: Contradiction[]) => found.map((c) => ({ kind: c.kind, severity: c.severity, assertions: c.assertions }));

const TWO_DOCS = { '000_a': '2024-03-27', '001_b': '2024-03-28' };

describe('contradictions: polarity', () => {
  it('finds a claim affirmed by one source and denied by another, the later-recorded first', () => {
    const { kg, ids } = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22', text: 'Russia vetoed the draft' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-22', polarity: 'denied', text: 'Russia did not veto the draft' },
    ]);
    const found = contradictions(kg);
    expect(summary(found)).toEqual([{ kind: 'polarity', severity: 'hard', assertions: [ids[1]!.id, ids[0]!.id] }]);
    expect(found[0]!.id).toMatch(/^urn:claimgraph:contradiction\/[0-9a-f]{16}$/);
    expect(found[0]!.explanation).toBe(
      '001_b.txt denies that Russia vetoes Resolution 2728 (2024-03-22; "Russia did not veto the draft"), but 000_a.txt affirms that Russia vetoes Resolution 2728 (2024-03-22; "Russia vetoed the draft").',
    );
  });

  it('reads symmetric predicates in either order and a p b as b inverse(p) a', () => {
    const { kg, ids } = graphOf(TWO_DOCS, [
      { s: 'Vladimir Putin', p: 'meets', o: 'Benjamin Netanyahu', doc: '000_a', valid: '2024-03' },
      { s: 'Benjamin Netanyahu', p: 'meets', o: 'Vladimir Putin', doc: '001_b', valid: '2024-03-20', polarity: 'denied' },
      { s: 'Vladimir Putin', p: 'visits', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Israel', p: 'hosts', o: 'Vladimir Putin', doc: '001_b', valid: '2024-03-20', polarity: 'denied' },
    ]);
    expect(summary(contradictions(kg)).map((c) => [...c.assertions].sort())).toEqual(
      [[ids[0]!.id, ids[1]!.id].sort(), [ids[2]!.id, ids[3]!.id].sort()].sort(),
    );
  });

  it('falls back on the recorded time when a valid time is unknown, as soft', () => {
    const { kg } = graphOf({ '000_a': '2024-03-27', '001_m': '2024-03', '002_c': '2025-01-10' }, [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_m', valid: null, polarity: 'denied' }, // same reporting period
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '000_a', valid: null },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '002_c', valid: null, polarity: 'denied' }, // other reporting period
    ]);
    expect(summary(contradictions(kg)).map((c) => [c.kind, c.severity])).toEqual([['polarity', 'soft']]);
  });

  it('does not flag disjoint valid times, one polarity, or different objects', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-25', polarity: 'denied' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-22', text: 'again' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2720', doc: '001_b', valid: '2024-03-22', polarity: 'denied' },
    ]);
    expect(contradictions(kg)).toEqual([]);
  });

  it('is soft when a claim is only hoped, planned or hypothetical', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03', modality: 'planned' },
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03', polarity: 'denied' },
    ]);
    expect(summary(contradictions(kg)).map((c) => c.severity)).toEqual(['soft']);
  });

  it('compares free-phrase literals of one predicate as one proposition', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Benjamin Netanyahu', p: 'demands', o: phrase('a ceasefire'), doc: '000_a', valid: '2024-03' },
      { s: 'Benjamin Netanyahu', p: 'demands', o: phrase('a truce in Gaza'), doc: '001_b', valid: '2024-03', polarity: 'denied' },
    ]);
    expect(summary(contradictions(kg)).map((c) => c.kind)).toEqual(['polarity']);
  });
});

describe('contradictions: attribution', () => {
  it('reports two named speakers who disagree as attribution, saying who said what', () => {
    const { kg, ids } = graphOf(TWO_DOCS, [
      { s: 'Israel', p: 'strikes', o: 'Rafah', doc: '000_a', valid: '2024-03-20', by: 'Yoav Gallant', modality: 'reported', text: 'Gallant said Israel struck Rafah' },
      { s: 'Israel', p: 'strikes', o: 'Rafah', doc: '001_b', valid: '2024-03-20', by: 'Benjamin Netanyahu', polarity: 'denied', modality: 'reported', text: 'Netanyahu denied any strike on Rafah' },
    ]);
    const found = contradictions(kg);
    expect(summary(found)).toEqual([{ kind: 'attribution', severity: 'hard', assertions: [ids[1]!.id, ids[0]!.id] }]);
    expect(found[0]!.explanation).toBe(
      'Benjamin Netanyahu denies that Israel strikes Rafah (001_b.txt; 2024-03-20; "Netanyahu denied any strike on Rafah"), but Yoav Gallant affirms that Israel strikes Rafah (000_a.txt; 2024-03-20; "Gallant said Israel struck Rafah").',
    );
    expect(contradictions(kg, { kinds: ['polarity'] })).toEqual([]);
  });

  it('keeps polarity for one speaker against themselves, or an unattributed claim', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Israel', p: 'strikes', o: 'Rafah', doc: '000_a', valid: '2024-03-20', by: 'Yoav Gallant' },
      { s: 'Israel', p: 'strikes', o: 'Rafah', doc: '001_b', valid: '2024-03-20', by: 'Yoav Gallant', polarity: 'denied' },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '000_a', valid: '2024-03-20', by: 'Yoav Gallant' },
      { s: 'Iran', p: 'attacks', o: 'Israel', doc: '001_b', valid: '2024-03-20', polarity: 'denied' },
    ]);
    expect(contradictions(kg).map((c) => c.kind)).toEqual(['polarity', 'polarity']);
  });
});

describe('contradictions: contrary', () => {
  it('finds contrary predicates for one pair over overlapping valid time', () => {
    const { kg, ids } = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03-25' },
    ]);
    const found = contradictions(kg);
    expect(summary(found)).toEqual([{ kind: 'contrary', severity: 'hard', assertions: [ids[1]!.id, ids[0]!.id] }]);
    expect(found[0]!.explanation).toContain('001_b.txt says that Russia condemns Israel (2024-03-25; "Russia condemns Israel")');
    expect(found[0]!.explanation).toContain('000_a.txt says that Russia praises Israel (2024-03;');
  });

  it('takes either order when a predicate is symmetric, but not for directed ones', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Israel', p: 'strengthensTiesWith', o: 'Turkey', doc: '000_a', valid: '2024-03' },
      { s: 'Turkey', p: 'cutsTiesWith', o: 'Israel', doc: '001_b', valid: '2024-03' },
      { s: 'Russia', p: 'praises', o: 'Iran', doc: '000_a', valid: '2024-03' },
      { s: 'Iran', p: 'condemns', o: 'Russia', doc: '001_b', valid: '2024-03' },
    ]);
    expect(contradictions(kg).map((c) => c.explanation)).toEqual([expect.stringContaining('Turkey cuts ties with Israel')]);
  });

  it('does not flag a change (strictly ordered times), unknown times, or denied claims', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2023' },
      { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03' },
      { s: 'Turkey', p: 'praises', o: 'Iran', doc: '000_a', valid: null },
      { s: 'Turkey', p: 'condemns', o: 'Iran', doc: '001_b', valid: '2024-03' },
      { s: 'Qatar', p: 'supports', o: 'Iran', doc: '000_a', valid: '2024-03' },
      { s: 'Qatar', p: 'opposes', o: 'Iran', doc: '001_b', valid: '2024-03', polarity: 'denied' },
    ]);
    expect(contradictions(kg)).toEqual([]);
  });

  it('follows options.predicates instead of the built-in vocabulary', () => {
    const base = { comment: 'test', valence: 'neutral', functional: false, symmetric: false } as const;
    const predicates: PredicateDefinition[] = [
      { ...base, id: 'praises', label: 'praises' },
      { ...base, id: 'condemns', label: 'condemns' },
      { ...base, id: 'likes', label: 'likes', contrary: ['hates'] },
      { ...base, id: 'hates', label: 'hates', contrary: ['likes'] },
    ];
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03' },
      { s: 'Russia', p: 'likes', o: 'Iran', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'hates', o: 'Iran', doc: '001_b', valid: '2024-03' },
    ]);
    expect(contradictions(kg, { predicates }).map((c) => c.explanation)).toEqual([expect.stringContaining('Russia hates Iran')]);
  });
});

describe('contradictions: numeric', () => {
  const toll = (value: LiteralObject, d: string, valid: string | null = '2023-10-07'): Claim => ({ s: 'October 7 attack', p: 'deathToll', o: value, doc: d, valid });

  it('flags disjoint figures of a functional predicate', () => {
    const { kg, ids } = graphOf(TWO_DOCS, [toll(number(1400, 'moreThan'), '000_a'), toll(number(1200, 'approximately'), '001_b')]);
    const found = contradictions(kg);
    expect(summary(found)).toEqual([{ kind: 'numeric', severity: 'hard', assertions: [ids[1]!.id, ids[0]!.id] }]);
    expect(found[0]!.explanation).toBe(
      '001_b.txt says that October 7 attack has death toll about 1200 (2023-10-07; "October 7 attack deathToll 1200"), but 000_a.txt says more than 1400 (2023-10-07; "October 7 attack deathToll 1400"): the figures cannot both be right.',
    );
  });

  it('lets bounds and the tolerance decide', () => {
    const pairs: [LiteralObject, LiteralObject, boolean][] = [
      [number(45, 'atLeast'), number(47), false],
      [number(45, 'atMost'), number(47), true],
      [number(45, 'lessThan'), number(45, 'atLeast'), true],
      [number(45, 'atMost'), number(45, 'atLeast'), false],
      [number(45), number(47), true], // exact figures: ±2% by default
      [number(1139), number(1140), false],
    ];
    for (const [x, y, clash] of pairs) {
      const { kg } = graphOf(TWO_DOCS, [toll(x, '000_a'), toll(y, '001_b')]);
      expect([x, y, contradictions(kg).length]).toEqual([x, y, clash ? 1 : 0]);
    }
    const { kg } = graphOf(TWO_DOCS, [toll(number(45), '000_a'), toll(number(47), '001_b')]);
    expect(contradictions(kg, { tolerance: 0.05 })).toEqual([]);
  });

  it('does not compare non-functional predicates, figures at different dates, or literals that are not numbers', () => {
    const { kg } = graphOf(TWO_DOCS, [
      { s: 'Israel', p: 'kills', o: number(45), doc: '000_a', valid: '2024-03-20' },
      { s: 'Israel', p: 'kills', o: number(470), doc: '001_b', valid: '2024-03-20' },
      toll(number(1200), '000_a', '2023-10-07'),
      toll(number(1400), '001_b', '2023-10-09'),
      toll(phrase('hundreds'), '001_b', '2023-10-07'),
    ]);
    expect(contradictions(kg)).toEqual([]);
  });
});

describe('contradictions: anachronism', () => {
  const trumpRoles = OFFICE_ROLES['Donald Trump']!;
  const roles = OFFICE_ROLES;

  it('flags "former President" while in office, backed by a claim of another source in the same term', () => {
    const { kg, ids } = graphOf(
      { '002_x': '2025-12-15/2025-12-31', '004_y': '2025-11-16/2025-11-17', '005_z': '2018-05' },
      [
        office('Donald Trump', 'President', '002_x', '2025-12-15/2025-12-31', 'denied', 'former President Donald Trump'),
        office('Donald Trump', 'President', '004_y', '2025-11-16/2025-11-17', 'affirmed'),
        office('Donald Trump', 'President', '005_z', '2018-05', 'affirmed'), // another term: no backing
      ],
      roles,
    );
    const found = contradictions(kg);
    expect(summary(found)).toEqual([{ kind: 'anachronism', severity: 'hard', assertions: [ids[0]!.id, ids[1]!.id] }]);
    expect(found[0]!.reference).toEqual({ entity: e('Donald Trump'), role: { ...trumpRoles[1], qualifier: null } });
    expect(found[0]!.explanation).toBe(
      '002_x.txt (published 2025-12-15/2025-12-31) calls Donald Trump a former President ("former President Donald Trump"), but Donald Trump has held that office since 2025-01-20 (reference: President of United States, 2025-01-20/..); 004_y.txt calls Donald Trump President on 2025-11-16/2025-11-17.',
    );
  });

  it('flags a regime called current after it fell, dated by the same source', () => {
    const { kg, ids } = graphOf(
      { '003_w': '2025-03' },
      [office('Bashar al-Assad', 'president', '003_w', '2025-03', 'affirmed', "Assad's regime"), office('Donald Trump', 'President', '003_w', '2025-03')],
      roles,
    );
    const found = contradictions(kg);
    expect(summary(found)).toEqual([{ kind: 'anachronism', severity: 'hard', assertions: [ids[0]!.id, ids[1]!.id] }]);
    expect(found[0]!.explanation).toBe(
      '003_w.txt (published 2025-03) calls Bashar al-Assad president ("Assad\'s regime"), but Bashar al-Assad left that office on 2024-12-08 (reference: President of Syria, 2000-07-17/2024-12-08); the same source calls Donald Trump President on 2025-03.',
    );
  });

  it('backs an anachronism with the claims that pin the date where it cannot hold, not with any claim of the source', () => {
    const { kg, ids } = graphOf(
      { '004_y': '2025-01-20/..' },
      [
        office('Bashar al-Assad', 'President', '004_y', '2025-01-20/..', 'affirmed', 'Assad regime'),
        office('Vladimir Putin', 'President', '004_y', '2025-01-20/..'), // also true while Assad ruled: dates nothing against him
        office('Donald Trump', 'President', '004_y', '2025-01-20/..'), // only true after Assad's fall
      ],
      roles,
    );
    expect(summary(contradictions(kg))).toEqual([{ kind: 'anachronism', severity: 'hard', assertions: [ids[0]!.id, ids[2]!.id] }]);
  });

  it('reads roles at their own dates, and leaves straddling and undated claims alone', () => {
    const { kg } = graphOf(
      { a: '2024-05', b: '2025-06', c: '2024-12', d: null },
      [
        office('Donald Trump', 'President', 'a', '2024-05', 'denied'), // former President in 2024: right
        office('Donald Trump', 'President', 'b', '2025-06'), // President in 2025: right
        office('Bashar al-Assad', 'President', 'c', '2024-12'), // December 2024 straddles the fall
        office('Bashar al-Assad', 'President', 'c', '2024-12', 'denied'),
        office('Bashar al-Assad', 'President', 'd', null),
        office('Donald Trump', 'Prime Minister', 'b', '2025-06'), // no reference for this title
      ],
      roles,
    );
    expect(contradictions(kg, { kinds: ['anachronism'] })).toEqual([]);
  });

  it('uses reference facts the user adds', () => {
    const { kg, ids } = graphOf({ a: '2025-06' }, [office('Yair Lapid', 'Prime Minister', 'a', '2025-06')]);
    expect(contradictions(kg)).toEqual([]);
    const reference = [{ entity: e('Yair Lapid'), role: { title: 'Prime Minister', of: null, term: parseTimeSpan('2022-07-01/2022-12-29') } }];
    const found = contradictions(kg, { reference });
    expect(summary(found)).toEqual([{ kind: 'anachronism', severity: 'hard', assertions: [ids[0]!.id] }]);
    expect(found[0]!.reference).toEqual(reference[0]);
    expect(found[0]!.explanation).toContain('(reference: Prime Minister, 2022-07-01/2022-12-29)');
  });
});

describe('contradictions: records', () => {
  const claims: Claim[] = [
    { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' },
    { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-22', polarity: 'denied' },
    { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
    { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03-25' },
    { s: 'Russia', p: 'criticizes', o: 'Israel', doc: '000_a', valid: '2024-03-26' },
    { s: 'Gaza strike', p: 'deathToll', o: number(45), doc: '000_a', valid: '2024-03-20' },
    { s: 'Gaza strike', p: 'deathToll', o: number(90), doc: '001_b', valid: '2024-03-20', confidence: 0.4 },
  ];

  it('is deterministic whatever the insertion order, and sorted by kind then assertions', () => {
    const first = contradictions(graphOf(TWO_DOCS, claims).kg);
    const shuffled = [claims[4]!, claims[1]!, claims[6]!, claims[3]!, claims[0]!, claims[5]!, claims[2]!];
    expect(contradictions(graphOf(TWO_DOCS, shuffled).kg)).toEqual(first);
    expect(contradictions(graphOf(TWO_DOCS, claims).kg)).toEqual(first);
    expect(first.map((c) => c.kind)).toEqual(['polarity', 'contrary', 'contrary', 'numeric']);
    expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
  });

  it('filters by kinds and confidence, and keeps every claim', () => {
    const { kg } = graphOf(TWO_DOCS, claims);
    expect(contradictions(kg, { kinds: ['numeric', 'polarity'] }).map((c) => c.kind)).toEqual(['polarity', 'numeric']);
    expect(contradictions(kg, { minConfidence: 0.5 }).map((c) => c.kind)).toEqual(['polarity', 'contrary', 'contrary']);
    expect(kg.size.assertions).toBe(claims.length);
  });

  it('refuses options it cannot use', () => {
    const { kg } = graphOf(TWO_DOCS, claims);
    expect(() => contradictions(kg, { kinds: ['stance' as never] })).toThrow(QueryError);
    expect(() => contradictions(kg, { tolerance: -1 })).toThrow(/contradictions: tolerance must be/);
    expect(() => contradictions(kg, { minConfidence: 2 })).toThrow(QueryError);
    const role = { title: 'President', of: null, term: parseTimeSpan('2020') };
    expect(() => contradictions(kg, { reference: [{ entity: e('Nobody'), role }] })).toThrow(/reference\[0\] names unknown entity/);
  });
});
