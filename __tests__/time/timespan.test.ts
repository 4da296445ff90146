import { TimeSpanError, intervalSpan, parseTimeSpan } from '../../src';

describe('parseTimeSpan', () => {
  it.each([
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-03-25', 'day', '2024-03-25', '2024-03-25'],
    ['2024-03-25/2024-10-07', 'interval', '2024-03-25', '2024-10-07'],
    ['2022-02-24/2022-08', 'interval', '2022-02-24', '2022-08-31'],
    ['../2022-02-24', 'interval', null, '2022-02-24'],
    ['2022-02/..', 'interval', '2022-02-01', null],
    ['0001-01-01', 'day', '0001-01-01', '0001-01-01'],
    ['9999-12', 'month', '9999-12-01', '9999-12-31'],
  ])('%s is a %s from %s to %s', (value, granularity, earliest, latest) => {
    const span = parseTimeSpan(value);
    expect(span).toMatchObject({ value, granularity, earliest, latest, explicit: true });
  });

  it('keeps the expression and whether it was inferred', () => {
    expect(parseTimeSpan('2022-08-09', { expression: 'last Tuesday', explicit: false })).toMatchObject({
      expression: 'last Tuesday',
      explicit: false,
    });
  });

  it.each(['', '24', '2024-3', '2024-13', '2023-02-29', '0000', '2024-03-25/2024-03-01', '../..', 'March 2024', '2024-03-25T10:00'])(
    'rejects %j with a TimeSpanError naming it',
    (value) => {
      expect(() => parseTimeSpan(value)).toThrow(TimeSpanError);
      expect(() => parseTimeSpan(value)).toThrow(/^parseTimeSpan: /);
    },
  );

  it('accepts 29 February in leap years only', () => {
    expect(parseTimeSpan('2024-02-29').latest).toBe('2024-02-29');
    expect(() => parseTimeSpan('2100-02-29')).toThrow(TimeSpanError);
  });
});

describe('intervalSpan', () => {
  it('joins two ends at their own granularity and formats back', () => {
    expect(intervalSpan('2015-09', '2022-02').value).toBe('2015-09/2022-02');
    expect(intervalSpan(null, '2022-02-24')).toMatchObject({ earliest: null, latest: '2022-02-24' });
    expect(parseTimeSpan(intervalSpan('2009-03-31', null).value).value).toBe('2009-03-31/..');
  });
});
