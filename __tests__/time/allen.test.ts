import { allenRelation, compareTimeSpans, containsDay, overlaps, parseTimeSpan as t } from '../../src';

describe('allenRelation', () => {
  it.each([
    ['2024-01', '2024-03', 'before'],
    ['2024-02', '2024-03', 'meets'],
    ['2024-02-10/2024-03-10', '2024-03', 'overlaps'],
    ['2024-03-01', '2024-03', 'starts'],
    ['2024-03-25', '2024-03', 'during'],
    ['2024-03-31', '2024-03', 'finishes'],
    ['2024-03', '2024-03-01/2024-03-31', 'equals'],
    ['2024-03', '2024-03-31', 'finishedBy'],
    ['2024', '2024-03', 'contains'],
    ['2024-03', '2024-03-01', 'startedBy'],
    ['2024-03', '2024-02-10/2024-03-10', 'overlappedBy'],
    ['2024-03', '2024-02', 'metBy'],
    ['2024-03', '2024-01', 'after'],
    ['../2022-02-24', '2022-02-25/..', 'meets'],
    ['../2022-02-24', '2022', 'overlaps'],
    ['2022/..', '2023', 'contains'],
    ['../2022', '../2023', 'starts'],
  ])('%s is %s… %s', (a, b, relation) => {
    expect(allenRelation(t(a), t(b))).toBe(relation);
  });

  it('is converse when the arguments swap', () => {
    const converse: Record<string, string> = {
      before: 'after', meets: 'metBy', overlaps: 'overlappedBy', starts: 'startedBy', during: 'contains',
      finishes: 'finishedBy', equals: 'equals',
    };
    for (const [k, v] of Object.entries(converse)) converse[v] = k;
    const spans = ['2024', '2024-03', '2024-03-25', '2024-02-10/2024-03-10', '../2024-03-01', '2024-03-31/..'].map((s) => t(s));
    for (const a of spans) for (const b of spans) expect(allenRelation(b, a)).toBe(converse[allenRelation(a, b)]);
  });
});

describe('compareTimeSpans', () => {
  it('orders disjoint spans and refuses to order overlapping ones', () => {
    expect(compareTimeSpans(t('2023-10-07'), t('2024-03'))).toBe(-1);
    expect(compareTimeSpans(t('2024-03'), t('2023-10-07'))).toBe(1);
    expect(compareTimeSpans(t('2024-03'), t('2024-03-01/2024-03-31'))).toBe(0);
    expect(compareTimeSpans(t('2024-03'), t('2024-03-25'))).toBeUndefined();
    expect(compareTimeSpans(t('2024'), t('2024-05-26'))).toBeUndefined();
  });
});

describe('overlaps / containsDay', () => {
  it('shares a day or not', () => {
    expect(overlaps(t('2024-03'), t('2024-03-31/2024-04-02'))).toBe(true);
    expect(overlaps(t('2024-03'), t('2024-04'))).toBe(false);
    expect(containsDay(t('2022-02/..'), '2026-01-01')).toBe(true);
    expect(containsDay(t('../2022-02-24'), '2022-02-25')).toBe(false);
  });
});
