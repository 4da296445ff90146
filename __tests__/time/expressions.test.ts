import { TimeSpanError, findTemporalExpressions, parseTimeSpan, type TemporalExpression } from '../../src';

/** What a row checks besides the matched text and `time.value`. */
interface More {
  kind?: TemporalExpression['kind'];
  granularity?: string;
  explicit?: boolean;
  anchored?: boolean;
  earliest?: string | null;
  latest?: string | null;
  iso?: string;
  bound?: string;
}

// [sentence, reference, expected text (null: nothing found), expected time.value (null: no time), more]
// Expected values come from the calendar: 2024-05-30 is a Thursday, 2025-11-17 a Monday,
// 2025-11-15 a Saturday, 2022-08-11 a Thursday (2022-08-09 the Tuesday before), 2024-11-05 a Tuesday
// (2023-11-05 a Sunday, 2025-11-05 a Wednesday).
type Row = [string, string | null, string | null, string | null, More?];

const THU = '2024-05-30';
const MON = '2025-11-17';
const WINDOW = '2024-05-29/2024-06-05';

const rows: Row[] = [
  // Absolute dates (chrono-node) and numeric days.
  ['Hamas attacked Israel on October 7, 2023.', THU, 'October 7, 2023', '2023-10-07', { kind: 'date', granularity: 'day', explicit: true, anchored: false }],
  ['The war began on 7 October 2023.', THU, '7 October 2023', '2023-10-07', { explicit: true }],
  ['The report is dated 2023-10-07.', THU, '2023-10-07', '2023-10-07', { explicit: true }],
  ['The Security Council voted on March 25 on a resolution.', THU, 'March 25', '2024-03-25', { kind: 'date', explicit: false, anchored: true }],
  ['The envoy left on Oct. 7, officials said.', THU, 'Oct. 7', '2023-10-07', { explicit: false, anchored: true }],
  ['The summit will open on June 10.', THU, 'June 10', '2024-06-10', { explicit: false }],
  ['Talks were held on December 20.', '2024-01-05', 'December 20', '2023-12-20', { anchored: true }],
  ['The vote will be held on Tuesday, Nov. 5.', '2024-12-01', 'Tuesday, Nov. 5', '2024-11-05', { granularity: 'day' }],
  ['Prices rose sharply in March 2024.', THU, 'March 2024', '2024-03', { granularity: 'month', explicit: true, earliest: '2024-03-01', latest: '2024-03-31' }],
  ['Báo Quốc Tế27/03/2024', THU, '27/03/2024', '2024-03-27', { explicit: true }],
  ['The letter is dated 03/04/2024.', THU, '03/04/2024', '2024-03-04/2024-04-03', { explicit: false }],
  // Bare years and decades.
  ['When, in 2005, Russian President Vladimir Putin visited Israel, hopes rose.', THU, '2005', '2005', { kind: 'date', granularity: 'year', explicit: true, anchored: false }],
  ['He helped lead the 2014 Israeli-Palestinian talks.', THU, '2014', '2014', { granularity: 'year' }],
  ['Relations have not been this bad since the 1973 Yom Kippur War.', THU, '1973', '1973', { granularity: 'year' }],
  ['The banks never recovered from the 2008 financial crisis.', THU, '2008', '2008'],
  ["Voters turned against him in 2024's election.", THU, '2024', '2024'],
  ['The city grew quickly in the 1990s.', THU, '1990s', '1990/1999', { granularity: 'interval', explicit: true, earliest: '1990-01-01', latest: '1999-12-31' }],
  ['Growth slowed in the early 2010s.', THU, 'early 2010s', '2010/2013', { explicit: false }],
  // Parts of months and years.
  ['Fighting intensified in early March.', THU, 'early March', '2024-03-01/2024-03-10', { explicit: false, anchored: true }],
  ['Aid arrived in mid-March.', THU, 'mid-March', '2024-03-11/2024-03-20'],
  ['The strikes stopped in late February.', THU, 'late February', '2024-02-21/2024-02-29', { latest: '2024-02-29' }],
  ['Inflation eased in early 2024.', THU, 'early 2024', '2024-01/2024-04', { earliest: '2024-01-01', latest: '2024-04-30', explicit: false, anchored: false }],
  ['The offensive began in late 2023.', THU, 'late 2023', '2023-09/2023-12', { earliest: '2023-09-01', latest: '2023-12-31' }],
  ['A deal is possible by mid-2025.', THU, 'by mid-2025', '../2025-08', { kind: 'range', earliest: null, latest: '2025-08-31' }],
  ['Troops withdrew late last year.', THU, 'late last year', '2023-09/2023-12', { kind: 'relative', anchored: true }],
  // Ranges.
  ['The truce held between 2014 and 2016.', THU, 'between 2014 and 2016', '2014/2016', { kind: 'range', explicit: true, anchored: false }],
  ['The program ran from March to May 2024.', THU, 'from March to May 2024', '2024-03/2024-05', { kind: 'range', earliest: '2024-03-01', latest: '2024-05-31', anchored: false }],
  ['The 2014–2016 drought was severe.', THU, '2014–2016', '2014/2016', { kind: 'range' }],
  ['Talks are planned for March 3-5, 2024.', THU, 'March 3-5, 2024', '2024-03-03/2024-03-05', { kind: 'range', explicit: true }],
  ['Since February 24, when the Kremlin deployed troops, prices rose.', THU, 'Since February 24', '2024-02-24/2024-05-30', { kind: 'range', explicit: false, anchored: true }],
  ['Shelling has continued since February 24.', '2024-02-10', 'since February 24', '2023-02-24/2024-02-10', { anchored: true }],
  ['Protests have continued since 2014.', THU, 'since 2014', '2014/2024-05-30', { kind: 'range', earliest: '2014-01-01', latest: '2024-05-30' }],
  ['The ceasefire holds until June.', THU, 'until June', '../2024-06', { kind: 'range', earliest: null, latest: '2024-06-30' }],
  ['The deal must be signed by the end of the year.', THU, 'by the end of the year', '../2024-12', { kind: 'range', latest: '2024-12-31' }],
  ['Emissions must halve by 2030.', THU, 'by 2030', '../2030', { kind: 'range', latest: '2030-12-31', explicit: true }],
  ['The camp was open between March 3 and May 5, 2024.', THU, 'between March 3 and May 5, 2024', '2024-03-03/2024-05-05', { explicit: true }],
  ['Flights stopped from Dec. 28, 2023, to Jan. 3.', THU, 'from Dec. 28, 2023, to Jan. 3', '2023-12-28/2024-01-03', { anchored: false }],
  ['No such talks took place before 2014.', THU, 'before 2014', '../2013', { latest: '2013-12-31' }],
  ['Prices have risen from 2014 onwards.', THU, 'from 2014 onwards', '2014/..', { latest: null }],
  // Durations and "… ago".
  ['Operations are expected to persist for at least another seven months.', THU, 'for at least another seven months', '2024-05-30/..', { kind: 'duration', iso: 'P7M', bound: 'at least', latest: null }],
  ['The minister will stay for two weeks.', THU, 'for two weeks', '2024-05-30/2024-06-13', { kind: 'duration', iso: 'P2W' }],
  ['The crossing has been closed for two weeks.', THU, 'for two weeks', '2024-05-16/2024-05-30', { iso: 'P2W' }],
  ['Prices doubled in the past year.', THU, 'the past year', '2023-05-30/2024-05-30', { kind: 'duration', iso: 'P1Y' }],
  ['Over the last three days, 40 people died.', THU, 'the last three days', '2024-05-27/2024-05-30', { iso: 'P3D' }],
  ['Attacks have grown in recent weeks.', THU, 'recent weeks', '2024-05-09/2024-05-30', { iso: 'P3W', bound: 'about' }],
  ['Talks resume within two weeks.', THU, 'within two weeks', '2024-05-30/2024-06-13', { iso: 'P2W' }],
  ['The fund will grow over the next five years.', THU, 'the next five years', '2024-05-30/2029-05-30', { iso: 'P5Y' }],
  ['The plan was announced six months ago.', THU, 'six months ago', '2023-11', { kind: 'relative', granularity: 'month', iso: 'P6M' }],
  ['The dam was built a decade ago.', THU, 'a decade ago', '2014', { granularity: 'year', iso: 'P10Y' }],
  ['The talks failed two weeks ago.', THU, 'two weeks ago', '2024-05-13/2024-05-19'],
  // Relative dates.
  ['The minister resigned yesterday.', THU, 'yesterday', '2024-05-29', { kind: 'relative', granularity: 'day', explicit: false, anchored: true }],
  ['Parliament votes today.', THU, 'today', '2024-05-30'],
  ['The envoy arrives tomorrow.', THU, 'tomorrow', '2024-05-31'],
  ['Last Tuesday, a Soyuz rocket was launched.', '2022-08-11', 'Last Tuesday', '2022-08-09'],
  ['Netanyahu held a pivotal phone call this past Saturday.', MON, 'this past Saturday', '2025-11-15'],
  ['The army said on Saturday that the raid was over.', MON, 'Saturday', '2025-11-15'],
  ['The two leaders will meet on Saturday.', MON, 'Saturday', '2025-11-22'],
  ['The assembly is set to vote on Saturday.', MON, 'Saturday', '2025-11-22'],
  ['The talks are scheduled for Friday.', MON, 'Friday', '2025-11-21'],
  ['On Saturday the ministry announced new curbs.', '2025-11-15', 'Saturday', '2025-11-15'],
  ['Last Saturday the ministry announced new curbs.', '2025-11-15', 'Last Saturday', '2025-11-08'],
  ['The talks resume next Tuesday.', THU, 'next Tuesday', '2024-06-04'],
  ['The Washington Post reported last week that officials were worried.', THU, 'last week', '2024-05-20/2024-05-26', { granularity: 'interval' }],
  ['Exports fell last month.', THU, 'last month', '2024-04', { granularity: 'month' }],
  ['Exports fell last year.', THU, 'last year', '2023', { granularity: 'year' }],
  ['Inspectors arrive this week.', THU, 'this week', '2024-05-27/2024-06-02'],
  ['Elections are due next month.', THU, 'next month', '2024-06'],
  ['Clashes broke out earlier this month.', THU, 'earlier this month', '2024-05-01/2024-05-30'],
  ['A vote is expected later this year.', THU, 'later this year', '2024-05-30/2024-12-31'],
  // Window references: the earliest start from the earliest day, the latest end from the latest.
  ['The Washington Post reported last week that officials were worried.', WINDOW, 'last week', '2024-05-20/2024-06-02', { earliest: '2024-05-20', latest: '2024-06-02' }],
  ['The minister resigned yesterday.', WINDOW, 'yesterday', '2024-05-28/2024-06-04'],
  ['Exports fell last month.', WINDOW, 'last month', '2024-04/2024-05', { earliest: '2024-04-01', latest: '2024-05-31' }],
  ['Exports fell last year.', WINDOW, 'last year', '2023', { granularity: 'year' }],
  ['Shelling has continued since February 24.', WINDOW, 'since February 24', '2024-02-24/2024-06-05'],
  ['Hamas attacked Israel on October 7, 2023.', WINDOW, 'October 7, 2023', '2023-10-07', { explicit: true }],
  // Open-ended windows: an end read from the open side stays open.
  ['The Washington Post reported last week that officials were worried.', '2024-05-29/..', 'last week', '2024-05-20/..', { earliest: '2024-05-20', latest: null }],
  ['The Washington Post reported last week that officials were worried.', '../2024-06-05', 'last week', '../2024-06-02', { earliest: null, latest: '2024-06-02' }],
  ['Protests have continued since 2014.', '2024-05-29/..', 'since 2014', '2014/..', { earliest: '2014-01-01', latest: null }],
  ['When, in 2005, Putin visited Israel, hopes rose.', '2024-05-29/..', '2005', '2005', { granularity: 'year' }],
  // No reference: what needs one has no time.
  ['The minister resigned yesterday.', null, 'yesterday', null, { kind: 'relative', anchored: true }],
  ['The Security Council voted on March 25 on a resolution.', null, 'March 25', null, { anchored: true }],
  ['Hamas attacked Israel on October 7, 2023.', null, 'October 7, 2023', '2023-10-07', { explicit: true }],
  ['Protests have continued since 2014.', null, 'since 2014', '2014/..'],
  // Negatives: counts, codes, clock times, amounts, names and anaphora are not dates.
  ['Israel sent 2,000 troops to the border.', THU, null, null],
  ['About 2000 people fled the town.', THU, null, null],
  ['Resolution 2728 demands a ceasefire.', THU, null, null],
  ['The raid began at 2100 GMT.', THU, null, null],
  ['The ticket cost $2024 in total.', THU, null, null],
  ['See page 2024 of the annual report.', THU, null, null],
  ['The company has 2024 employees.', THU, null, null],
  ['Exports fell by 2000 tonnes.', THU, null, null],
  ['The virus spread in 2000 cities.', THU, null, null],
  ['Theresa May said the deal may pass.', THU, null, null],
  ['Protesters will march through the capital.', THU, null, null],
  ['The Good Friday Agreement ended the Troubles.', THU, null, null],
  ['The Sunday Times published the leak.', THU, null, null],
  ['The day before, the envoy had met the king.', THU, null, null],
  ['Markets open every Monday.', THU, null, null],
  ['Nothing in this sentence is about time at all.', THU, null, null],
  ['東京で会議が開かれた。Ελληνικά κείμενα. نص عربي', THU, null, null],
];

describe('findTemporalExpressions', () => {
  it.each(rows)('%j (reference %s) → %j = %s', (sentence, reference, text, value, more: More = {}) => {
    const found = findTemporalExpressions(sentence, { reference });
    expect(found.map((e) => e.text)).toEqual(text === null ? [] : [text]);
    const [expression] = found;
    if (!expression) return;
    expect(sentence.slice(expression.start, expression.end)).toBe(text);
    expect(expression.time?.value ?? null).toBe(value);
    if (expression.time) expect(expression.time.expression).toBe(text);
    if (more.kind !== undefined) expect(expression.kind).toBe(more.kind);
    if (more.anchored !== undefined) expect(expression.anchored).toBe(more.anchored);
    if (more.granularity !== undefined) expect(expression.time?.granularity).toBe(more.granularity);
    if (more.explicit !== undefined) expect(expression.time?.explicit).toBe(more.explicit);
    if (more.earliest !== undefined) expect(expression.time?.earliest).toBe(more.earliest);
    if (more.latest !== undefined) expect(expression.time?.latest).toBe(more.latest);
    if (more.iso !== undefined) expect(expression.duration?.iso).toBe(more.iso);
    if (more.bound !== undefined) expect(expression.duration?.bound).toBe(more.bound);
  });

  it('has at least 60 rows in its table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it('returns one expression per span, in text order, with exact offsets', () => {
    const text = 'Since February 24, when the Kremlin deployed troops, and in 2014, 2016 and 2018, talks failed last Tuesday.';
    const found = findTemporalExpressions(text, { reference: THU });
    expect(found.map((e) => [e.text, e.time?.value])).toEqual([
      ['Since February 24', '2024-02-24/2024-05-30'],
      ['2014', '2014'],
      ['2016', '2016'],
      ['2018', '2018'],
      ['last Tuesday', '2024-05-28'],
    ]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    const starts = found.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('reads each weekday by the verb nearest to it', () => {
    const found = findTemporalExpressions('Israel said on Saturday it will attack on Monday.', { reference: MON });
    expect(found.map((e) => [e.text, e.time?.value])).toEqual([
      ['Saturday', '2025-11-15'],
      ['Monday', '2025-11-17'],
    ]);
  });

  it('accepts a TimeSpan as the reference', () => {
    const [expression] = findTemporalExpressions('The minister resigned yesterday.', { reference: parseTimeSpan(THU) });
    expect(expression?.time?.value).toBe('2024-05-29');
  });

  it('rejects a reference that is not a span', () => {
    expect(() => findTemporalExpressions('yesterday', { reference: 'May 30' })).toThrow(TimeSpanError);
  });

  it('finds nothing in an empty text', () => {
    expect(findTemporalExpressions('')).toEqual([]);
  });

  it('reads a 1 MB line, with or without dates, quickly and with correct offsets', () => {
    const sentence = 'The envoy said on March 25, 2024 that talks would resume within two weeks. ';
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const started = Date.now();
    const found = findTemporalExpressions(line, { reference: THU });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(found).toHaveLength(2 * Math.ceil(1_000_000 / sentence.length));
    const last = found[found.length - 1];
    expect(last && line.slice(last.start, last.end)).toBe('within two weeks');
    expect(findTemporalExpressions('lorem ipsum '.repeat(90_000), { reference: THU })).toEqual([]);
    expect(findTemporalExpressions('x'.repeat(1_000_000))).toEqual([]);
  });
});
