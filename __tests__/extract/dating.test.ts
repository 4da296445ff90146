import { parseDocument } from '../../src/corpus';
import { afterTerms, EntityLinker, largestConsistent, linkAndDate } from '../../src/extract';

const linker = new EntityLinker();

function date(body: string, manifest?: { published: string }) {
  const document = parseDocument(`Headline for the test\n\n${body}\n`, { file: 'test.txt', ...(manifest && { manifest: { file: 'test.txt', ...manifest } }) });
  return linkAndDate(document, linker).inference;
}

describe('afterTerms', () => {
  it('gives the days between and after terms', () => {
    expect(
      afterTerms([
        { earliest: '2025-01-20', latest: null },
        { earliest: '2017-01-20', latest: '2021-01-20' },
      ]),
    ).toEqual([{ earliest: '2021-01-21', latest: '2025-01-19' }]);
    expect(afterTerms([{ earliest: '2012-05-07', latest: null }])).toEqual([]);
    expect(afterTerms([{ earliest: '2009-03-31', latest: '2021-06-13' }])).toEqual([{ earliest: '2021-06-14', latest: null }]);
  });
});

describe('largestConsistent', () => {
  it('keeps the largest set that can hold on one day and reports the rest', () => {
    const a = { id: 'a', allowed: [{ earliest: '2025-01-20', latest: null }] };
    const b = { id: 'b', allowed: [{ earliest: null, latest: '2024-12-08' }] };
    const c = { id: 'c', allowed: [{ earliest: '2022-02-24', latest: null }] };
    const { kept, dropped, window } = largestConsistent([a, b, c]);
    expect(kept.map((k) => k.id)).toEqual(['a', 'c']);
    expect(dropped.map((k) => k.id)).toEqual(['b']);
    expect(window).toEqual({ earliest: '2025-01-20', latest: null });
  });
});

describe('dating an article from what it presupposes', () => {
  it('bounds it to the term of a named office holder', () => {
    const { published, conflicts } = date('Israel’s interim Prime Minister Yair Lapid condemned the strike.');
    expect(published.time?.value).toBe('2022-07-01/2022-12-29');
    expect(published.basis).toBe('content');
    expect(published.note).toContain('interim Prime Minister Yair Lapid');
    expect(conflicts).toEqual([]);
  });

  it('reads "former" as the time between and after the terms', () => {
    const { published } = date('Former President Donald Trump criticised President Biden on Tuesday.');
    expect(published.time?.value).toBe('2021-01-21/2025-01-19');
  });

  it('reports constraints that cannot hold with the others, following the larger set', () => {
    const { published, conflicts } = date(
      'President Donald Trump spoke as Russia pressed on with the war in Ukraine. Russia is the main backer of Bashar al-Assad’s regime.',
    );
    expect(published.time?.earliest).toBe('2025-01-20');
    expect(conflicts.map((c) => c.evidence.text)).toEqual(['Bashar al-Assad’s regime']);
    expect(published.note).toContain('Conflicting date evidence');
  });

  it('leaves out office phrases in a sentence that writes a year', () => {
    const { published } = date('When, in 2005, Russian President Vladimir Putin pledged weapons, few noticed.');
    expect(published.time?.value).toBe('2005/..');
  });

  it('keeps a date the manifest gives', () => {
    const { published, constraints } = date('Former President Donald Trump spoke.', { published: '2030-01-01' });
    expect(published.time?.value).toBe('2030-01-01');
    expect(published.basis).toBe('manifest');
    expect(constraints).toEqual([]);
  });

  it('leaves an article with nothing to go on unknown', () => {
    expect(date('Nobody said anything of note.').published.basis).toBe('unknown');
  });
});
