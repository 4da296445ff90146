import { foldForMatching, SurfaceMatcher } from '../../src/extract';

const matcher = new SurfaceMatcher([
  { text: 'the Kremlin', caseSensitive: false },
  { text: 'United States', caseSensitive: false },
  { text: 'United States Congress', caseSensitive: false },
  { text: 'US', caseSensitive: true },
  { text: 'U.S.', caseSensitive: false },
  { text: 'China', caseSensitive: false },
  { text: 'Erdogan', caseSensitive: true },
  { text: 'the occupation government', caseSensitive: false },
  { text: 'The National', caseSensitive: false },
]);
const texts = (text: string) => matcher.find(text).map((h) => h.text);

describe('foldForMatching', () => {
  it('keeps the length while removing diacritics and typographic marks', () => {
    const text = 'Erdoğan’s “Zelenskyy” — Báo Quốc Tế 🚀';
    const folded = foldForMatching(text);
    expect(folded).toHaveLength(text.length);
    expect(folded.startsWith("Erdogan's")).toBe(true);
    expect(folded).toContain('Bao Quoc Te');
  });
});

describe('SurfaceMatcher', () => {
  it('takes the longest match at a position, and "the" before it', () => {
    expect(texts('The United States Congress and the Kremlin met.')).toEqual(['The United States Congress', 'the Kremlin']);
  });

  it('matches case-sensitive forms only as written', () => {
    expect(texts('Let us tell the US and US officials.')).toEqual(['the US', 'US']);
  });

  it('does not match a capitalised name in all-lowercase text, but a lowercase form in any case', () => {
    expect(texts('fine china, and China; The Occupation Government and the occupation government')).toEqual([
      'China',
      'The Occupation Government',
      'the occupation government',
    ]);
  });

  it('ignores full stops inside names and keeps an abbreviation’s own', () => {
    expect(texts('Talks with the U.S. ended.')).toEqual(['the U.S.']);
    expect(texts('They blamed the US.')).toEqual(['the US']);
  });

  it('matches across diacritics, with offsets into the original', () => {
    const text = 'Turkey’s Erdoğan spoke.';
    const [hit] = matcher.find(text);
    expect(hit).toEqual({ start: 9, end: 16, text: 'Erdoğan' });
    expect(text.slice(hit!.start, hit!.end)).toBe('Erdoğan');
  });

  it('keeps "the" of a one-word name ("The National" is not "national")', () => {
    expect(texts('a national plan, as The National reported')).toEqual(['The National']);
  });

  it('does not match inside words', () => {
    expect(texts('Chinatown and USB sticks')).toEqual([]);
  });
});
