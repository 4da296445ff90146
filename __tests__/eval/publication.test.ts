import { scorePublication } from '../../src/eval/publication';
import { document, gold, goldDocument, result } from './fixture';

describe('scorePublication', () => {
  const theGold = gold([
    goldDocument('a.txt', '2024-05', '2024-05-29', '2024-11-05'),
    goldDocument('b.txt', '2024-03-27'),
    goldDocument('c.txt', '2022-08', '2022-08-10', '2022-08-21'),
    goldDocument('d.txt', '2025-12', '2025-12-15', '2025-12-31'),
    goldDocument('e.txt', '2024-05', '2024-05-29', '2024-06-05'),
    goldDocument('f.txt', '2024-05', '2024-05-29', '2024-06-05'),
    goldDocument('only-in-gold.txt'),
  ]);
  const score = scorePublication(
    result([
      document('dir/a.txt', { value: '2024-05-29/2024-11-05', earliest: '2024-05-29', latest: '2024-11-05', basis: 'content' }),
      document('dir/b.txt', { value: '2024-03-27', earliest: '2024-03-27', latest: '2024-03-27', basis: 'dateline' }),
      document('dir/c.txt', { value: '2005/..', earliest: '2005-01-01', latest: null, basis: 'content' }),
      document('dir/d.txt'),
      // June: overlaps the gold window but not the gold value (May)
      document('dir/e.txt', { value: '2024-06', earliest: '2024-06-01', latest: '2024-06-30', basis: 'content' }),
      // the last day of the gold value's month, but not the whole window
      document('dir/f.txt', { value: '../2024-05-31', earliest: null, latest: '2024-05-31', basis: 'content' }),
      document('dir/only-in-result.txt', { value: '2024-01-01', earliest: '2024-01-01', latest: '2024-01-01', basis: 'manifest' }),
    ]),
    theGold,
  );
  const row = (document: string) => score.rows.find((r) => r.document === document);

  it('scores the documents both sides have, one row each, sorted', () => {
    expect(score.rows.map((r) => r.document)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt']);
    expect(score).toMatchObject({ documents: 6, known: 5, overlapping: 4, covering: 3, exact: 1 });
  });

  it('reads an inferred window that contains the gold window: overlaps and covers, not exact', () => {
    expect(row('a.txt')).toEqual({
      document: 'a.txt',
      gold: { value: '2024-05', earliest: '2024-05-29', latest: '2024-11-05' },
      predicted: { value: '2024-05-29/2024-11-05', earliest: '2024-05-29', latest: '2024-11-05', basis: 'content' },
      known: true,
      overlaps: true,
      coversGoldWindow: true,
      exact: false,
      widthDays: 161,
    });
  });

  it('is exact when the value is the gold value, a day wide', () => {
    expect(row('b.txt')).toMatchObject({ overlaps: true, coversGoldWindow: true, exact: true, widthDays: 1 });
  });

  it('reads a null bound as open: overlaps and covers, no width', () => {
    expect(row('c.txt')).toMatchObject({ overlaps: true, coversGoldWindow: true, exact: false, widthDays: null });
    expect(row('f.txt')).toMatchObject({ overlaps: true, coversGoldWindow: false, exact: false, widthDays: null });
  });

  it('measures overlap against the gold value’s days, not the gold window', () => {
    expect(row('e.txt')).toMatchObject({ overlaps: false, coversGoldWindow: false, exact: false, widthDays: 30 });
  });

  it('counts an unknown prediction as no overlap, no cover, not exact', () => {
    expect(row('d.txt')).toEqual({
      document: 'd.txt',
      gold: { value: '2025-12', earliest: '2025-12-15', latest: '2025-12-31' },
      predicted: { value: null, earliest: null, latest: null, basis: 'unknown' },
      known: false,
      overlaps: false,
      coversGoldWindow: false,
      exact: false,
      widthDays: null,
    });
  });
});
