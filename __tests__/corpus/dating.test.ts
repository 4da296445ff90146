import { datePublication, findDateline, parseDocument, readDateline, splitLines, splitSentences } from '../../src/corpus';

const parse = (text: string) => parseDocument(text, { file: 'synthetic.txt' });

describe('dating from a dateline', () => {
  it('reads a written date and takes the name before it as the outlet', () => {
    const text = 'Ministers agree to meet again\n\nGlobal Times | March 5, 2024\n\nThe ministers met in Geneva on Monday, officials said after the meeting.';
    const doc = parse(text);
    expect(doc.published).toMatchObject({ basis: 'dateline', time: { value: '2024-03-05', explicit: true } });
    expect(doc.outlet).toBe('Global Times');
    expect(doc.removed).toEqual([expect.objectContaining({ text: 'Global Times | March 5, 2024', reason: 'dateline' })]);
    expect(doc.published.evidence[0]?.text).toBe('Global Times | March 5, 2024');
  });

  it('does not take a byline for the outlet, nor a headline with a date for a dateline', () => {
    const byline = readDateline({ start: 0, end: 28, text: 'By Jane Doe | 2024-03-05 10:32', index: 0 });
    expect(byline?.outlet).toBeNull();
    expect(byline?.readings).toEqual([{ day: '2024-03-05', order: 'ISO' }]);
    expect(readDateline({ start: 0, end: 40, text: 'What happened in Geneva on March 5, 2024', index: 0 })).toBeNull();
  });

  it('collapses an outlet name printed twice', () => {
    expect(findDateline(splitLines('Headline of the piece\nDaily NewsDaily News05/13/2024\nBody text of the article goes on here.'))?.outlet).toBe('Daily News');
  });

  it('resolves an ambiguous DD/MM date by the past dates the text states', () => {
    // 05/04/2024 is 5 April or 4 May; the text reports 30 April as past, so only 4 May fits.
    const text = 'Ceasefire talks stall\n\nThe Courier 05/04/2024\n\nOn April 30, negotiators left Cairo without a deal, mediators said on Thursday.';
    const { published } = parse(text);
    expect(published.basis).toBe('dateline');
    expect(published.time?.value).toBe('2024-05-04');
    expect(published.note).toMatch(/MM\/DD/);
    expect(published.note).toMatch(/April 30/);
    expect(published.evidence.map((e) => e.text)).toContain('April 30');
  });

  it('resolves it the other way when a future date stated rules out the later reading', () => {
    const text = 'Ceasefire talks stall\n\nThe Courier 05/04/2024\n\nNegotiators left Cairo without a deal on Thursday. They will meet again on April 20.';
    const { published } = parse(text);
    expect(published.time?.value).toBe('2024-04-05');
    expect(published.note).toMatch(/DD\/MM because the text expects "April 20" ahead/);
  });

  it('covers both readings when the text does not decide', () => {
    // April 2 is past for both readings: nothing decides.
    const text = 'Ceasefire talks stall\n\nThe Courier 05/04/2024\n\nOn April 2, negotiators left Cairo without a deal, mediators said on Thursday.';
    const { published } = parse(text);
    expect(published.basis).toBe('dateline');
    expect(published.time).toMatchObject({ value: '2024-04-05/2024-05-04', explicit: false });
    expect(published.note).toMatch(/do not decide/);
  });

  it('names which order it read when a number above 12 decides', () => {
    expect(parse('Ceasefire talks stall\n\nThe Courier 13/05/2024\n\nNegotiators left Cairo without a deal, mediators said on Thursday.').published.note).toMatch(/DD\/MM/);
    expect(parse('Ceasefire talks stall\n\nThe Courier 05/13/2024\n\nNegotiators left Cairo without a deal, mediators said on Thursday.').published.time?.value).toBe('2024-05-13');
  });
});

describe('dating from content', () => {
  it('opens the window at the latest past date stated with its year', () => {
    const text =
      'Talks resume\n\nSince October 7, 2023, the war has killed thousands, officials said. ' +
      'The envoy visited Cairo in January 2024 and met the mediators there. ' +
      'The council will vote on June 3, 2024, diplomats said.';
    const { published } = parse(text);
    expect(published.basis).toBe('content');
    expect(published.time).toMatchObject({ value: '2024-01/..', earliest: '2024-01-01', latest: null, explicit: false });
    expect(published.evidence.map((e) => e.text)).toEqual(['January 2024']);
    expect(published.note).toMatch(/no earlier than 2024-01/);
  });

  it('ignores relative and year-less dates', () => {
    const text = 'Talks resume\n\nLast Tuesday the envoy met the mediators in Cairo, officials said. On March 25 the council voted for a ceasefire.';
    const { published } = parse(text);
    expect(published).toMatchObject({ time: null, basis: 'unknown', evidence: [] });
    expect(published.note).toMatch(/no dateline/);
  });

  it('reads a bare year after "in" or "since"', () => {
    const { published } = parse('Talks resume\n\nIn 2005, the president pledged weapons to the authority, the daily reported.');
    expect(published.time?.value).toBe('2005/..');
  });

  it('lets a manifest date win over everything', () => {
    const doc = parseDocument('Talks resume\n\nThe Courier 05/04/2024\n\nBody text of the article goes on here.', {
      file: 'a.txt',
      manifest: { file: 'a.txt', published: '2024-04' },
    });
    expect(doc.published).toMatchObject({ basis: 'manifest', time: { value: '2024-04', granularity: 'month' } });
  });

  it('works on sentences alone', () => {
    expect(datePublication(splitSentences('It began on February 24, 2022.')).time?.earliest).toBe('2022-02-24');
  });
});
