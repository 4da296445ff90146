/**
 * How the contradiction scan groups claims (src/query/contradictions/claim-groups.ts) and
 * what it skips: the records must not depend on the order the graph hands out its claims,
 * and shortcuts (lone claims, groups of one polarity, figures that all agree) must not
 * lose a record.
 */
import type { Assertion } from '../../src/model/assertion';
import type { PredicateDefinition } from '../../src/model/predicate';
import { PREDICATES } from '../../src/extract/claims/vocabulary';
import { contradictions } from '../../src/query/contradictions';
import { groupClaims } from '../../src/query/contradictions/claim-groups';
import { allAgree, disjoint, type ValueRange } from '../../src/query/contradictions/numeric';
import { mulberry32 } from '../../src/util/mulberry32';
import { claimsGraph, number, office, OFFICE_ROLES, text, type Claim } from './claims-graph';

const TWO_DOCS = { '000_a': '2024-03-27', '001_b': '2024-03-28' };
const ids = (claims: readonly Assertion[]) => claims.map((a) => a.id);

/** Shuffled copies of `items`, one per seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('groupClaims', () => {
  it('groups entity-object claims by the two entities they relate, in either order, and sets literals apart', () => {
    const { ids: claims } = claimsGraph(TWO_DOCS, [
      { s: 'Putin', p: 'meets', o: 'Netanyahu', doc: '000_a' },
      { s: 'Netanyahu', p: 'meets', o: 'Putin', doc: '001_b', polarity: 'denied' },
      { s: 'Putin', p: 'visits', o: 'Netanyahu', doc: '000_a' },
      { s: 'Putin', p: 'meets', o: 'Erdogan', doc: '000_a' }, // alone with Erdogan
      { s: 'Gaza strike', p: 'deathToll', o: number(45), doc: '000_a' },
      { s: 'Netanyahu', p: 'hosts', o: 'Putin', doc: '001_b', confidence: 0.2 }, // below the floor
    ]);
    const groups = groupClaims(shuffled(claims, 1), 0.5);
    expect(groups.pairs.map((group) => ids(group).sort())).toEqual([ids([claims[0]!, claims[1]!, claims[2]!]).sort()]);
    expect(groups.literals).toEqual([claims[4]]);
    expect(ids(groups.claims).sort()).toEqual(ids(claims.slice(0, 5)).sort());
  });
});

describe('contradictions: claims in any order', () => {
  const base = { comment: 'test', valence: 'neutral', functional: false, symmetric: false } as const;
  // `likes` lists `hates` as contrary, not the other way round: which pairs are found then depends on which starts first, and on a tie, on IRI order.
  const predicates: PredicateDefinition[] = [
    ...PREDICATES,
    { ...base, id: 'likes', label: 'likes', contrary: ['hates'] },
    { ...base, id: 'hates', label: 'hates', contrary: ['ignores'] },
    { ...base, id: 'ignores', label: 'ignores' },
  ];
  const claims: Claim[] = [
    { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22' },
    { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: '2024-03-22', polarity: 'denied' },
    { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '001_b', valid: null, polarity: 'denied', modality: 'hypothetical' },
    { s: 'Israel', p: 'hosts', o: 'Putin', doc: '001_b', valid: '2024-03-20', polarity: 'denied' },
    { s: 'Putin', p: 'visits', o: 'Israel', doc: '000_a', valid: '2024-03' },
    { s: 'Iran', p: 'accuses', o: 'Israel', doc: '000_a', valid: '2024-03', by: 'Ali Khamenei' },
    { s: 'Iran', p: 'accuses', o: 'Israel', doc: '001_b', valid: '2024-03-02', by: 'Hassan Rouhani', polarity: 'denied' },
    { s: 'Russia', p: 'praises', o: 'Israel', doc: '000_a', valid: '2024-03' },
    { s: 'Russia', p: 'condemns', o: 'Israel', doc: '001_b', valid: '2024-03-25' },
    { s: 'Russia', p: 'criticizes', o: 'Israel', doc: '000_a', valid: '2024-03-26' },
    { s: 'Iran', p: 'likes', o: 'Syria', doc: '000_a', valid: '2024-03' },
    { s: 'Iran', p: 'hates', o: 'Syria', doc: '001_b', valid: '2024-03', text: 'a tie' },
    { s: 'Iran', p: 'hates', o: 'Syria', doc: '000_a', valid: '2024-02' },
    { s: 'Iran', p: 'likes', o: 'Iraq', doc: '000_a', valid: '2024-03' },
    { s: 'Iran', p: 'hates', o: 'Iraq', doc: '001_b', valid: '2024-03', text: 'another tie' },
    { s: 'Gaza strike', p: 'deathToll', o: number(45), doc: '000_a', valid: '2024-03-20' },
    { s: 'Gaza strike', p: 'deathToll', o: number(90), doc: '001_b', valid: '2024-03-20' },
    { s: 'Gaza strike', p: 'deathToll', o: number(44, 'atLeast'), doc: '001_b', valid: null },
    { s: 'Netanyahu', p: 'demands', o: text('a ceasefire'), doc: '000_a', valid: '2024-03' },
    { s: 'Netanyahu', p: 'demands', o: text('a truce'), doc: '001_b', valid: '2024-03', polarity: 'denied' },
    office('Donald Trump', 'President', '001_b', '2024-03', 'affirmed'),
    office('Donald Trump', 'President', '000_a', '2018-05', 'denied'),
    office('Bashar al-Assad', 'President', '000_a', '2024-03'),
  ];

  it('gives the same records whatever order the graph hands out its claims', () => {
    const { kg } = claimsGraph(TWO_DOCS, claims, OFFICE_ROLES);
    const expected = contradictions(kg, { predicates });
    expect(new Set(expected.map((c) => c.kind))).toEqual(new Set(['polarity', 'attribution', 'contrary', 'numeric', 'anachronism']));
    const all = kg.assertions();
    // Whichever accessor the scan reads: the sorted one, or an unsorted one once the graph has it.
    const accessors = kg as unknown as Record<string, () => Iterable<Assertion>>;
    const names = ['assertions', 'allAssertions'].filter((name) => typeof accessors[name] === 'function');
    for (const order of [[...all].reverse(), shuffled(all, 1), shuffled(all, 2), shuffled(all, 3)]) {
      const spies = names.map((name) => jest.spyOn(accessors, name).mockReturnValue(order));
      expect(contradictions(kg, { predicates })).toEqual(expected);
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('gives the same records whatever order the claims were added in', () => {
    const expected = contradictions(claimsGraph(TWO_DOCS, claims, OFFICE_ROLES).kg, { predicates });
    for (const seed of [1, 2, 3]) expect(contradictions(claimsGraph(TWO_DOCS, shuffled(claims, seed), OFFICE_ROLES).kg, { predicates })).toEqual(expected);
  });
});

describe('contradictions: lone claims', () => {
  const base = { comment: 'test', valence: 'neutral', functional: false, symmetric: false } as const;
  const predicates: PredicateDefinition[] = [...PREDICATES, { ...base, id: 'rivals', label: 'rivals', contrary: ['rivals'] }];

  it('never pairs a claim with itself: one claim per proposition and pair is no contradiction', () => {
    const { kg } = claimsGraph(TWO_DOCS, [
      { s: 'Russia', p: 'vetoes', o: 'Resolution 2728', doc: '000_a', valid: '2024-03-22', polarity: 'denied' },
      { s: 'Russia', p: 'meets', o: 'Russia', doc: '000_a', valid: '2024-03-22', polarity: 'denied' },
      { s: 'Russia', p: 'rivals', o: 'Iran', doc: '000_a', valid: '2024-03' },
      { s: 'Gaza strike', p: 'deathToll', o: number(45, 'lessThan'), doc: '000_a', valid: '2024-03-20' },
      { s: 'Netanyahu', p: 'demands', o: text('a truce'), doc: '001_b', valid: '2024-03', polarity: 'denied' },
    ]);
    expect(contradictions(kg, { predicates })).toEqual([]);
  });

  it('pairs the second claim of a proposition or pair', () => {
    const { kg } = claimsGraph(TWO_DOCS, [
      { s: 'Russia', p: 'meets', o: 'Russia', doc: '000_a', valid: '2024-03-22', polarity: 'denied' },
      { s: 'Russia', p: 'meets', o: 'Russia', doc: '001_b', valid: '2024-03-22' },
      { s: 'Russia', p: 'rivals', o: 'Iran', doc: '000_a', valid: '2024-03' },
      { s: 'Russia', p: 'rivals', o: 'Iran', doc: '001_b', valid: '2024-03-05' },
    ]);
    expect(contradictions(kg, { predicates }).map((c) => c.kind)).toEqual(['polarity', 'contrary']);
  });
});

describe('allAgree', () => {
  it('is true exactly when no two ranges are disjoint', () => {
    const random = mulberry32(7);
    const end = () => [-Infinity, Infinity, 0, 1, 2, 3][Math.floor(random() * 6)]!;
    const range = (): ValueRange => {
      const [x, y] = [end(), end()].sort((a, b) => a - b);
      return { low: x!, high: y!, lowOpen: !Number.isFinite(x) || random() < 0.5, highOpen: !Number.isFinite(y) || random() < 0.5 };
    };
    // Ranges that hold a value (not (1, 1) or [-∞, -∞]), as `valueRange` makes them.
    const holdsValue = (r: ValueRange) => r.low < r.high || (r.low === r.high && Number.isFinite(r.low) && !r.lowOpen && !r.highOpen);
    for (let trial = 0; trial < 3000; trial++) {
      const ranges: ValueRange[] = [];
      while (ranges.length < 1 + (trial % 4)) {
        const r = range();
        if (holdsValue(r)) ranges.push(r);
      }
      const pairwise = ranges.every((a, i) => ranges.slice(i + 1).every((b) => !disjoint(a, b)));
      expect([ranges, allAgree(ranges)]).toEqual([ranges, pairwise]);
    }
  });

  it('lets a figure that allows any value agree with every other', () => {
    const { kg } = claimsGraph(TWO_DOCS, [
      { s: 'Gaza strike', p: 'deathToll', o: number(0), doc: '000_a', valid: '2024-03-20' },
      { s: 'Gaza strike', p: 'deathToll', o: number(40), doc: '001_b', valid: '2024-03-20' },
      { s: 'Gaza strike', p: 'deathToll', o: number(90), doc: '001_b', valid: '2024-03-20' },
    ]);
    // tolerance ∞: 0 ± ∞·0 is no range a value can miss; 40 and 90 allow everything.
    expect(contradictions(kg, { tolerance: Infinity })).toEqual([]);
    expect(contradictions(kg, { tolerance: 0 }).map((c) => c.kind)).toEqual(['numeric', 'numeric', 'numeric']);
  });
});
