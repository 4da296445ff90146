import { SpanIndex } from '../../src/util/spans';

const spans = [
  { start: 10, end: 15, id: 'b' },
  { start: 0, end: 5, id: 'a' },
  { start: 12, end: 30, id: 'c' },
  { start: 20, end: 25, id: 'd' },
];

describe('SpanIndex', () => {
  const index = new SpanIndex(spans);

  it('gives the items lying wholly within a range, by start', () => {
    expect(index.within(0, 30).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(index.within(10, 26).map((s) => s.id)).toEqual(['b', 'd']);
    expect(index.within(11, 19)).toEqual([]);
    expect(new SpanIndex([]).within(0, 100)).toEqual([]);
  });

  it('gives the item ending last by a position, if it starts in the range', () => {
    expect(index.lastWithin(0, 26)?.id).toBe('d');
    expect(index.lastWithin(0, 19)?.id).toBe('b');
    expect(index.lastWithin(11, 19)).toBeUndefined();
    expect(index.lastWithin(0, 4)).toBeUndefined();
  });
});
