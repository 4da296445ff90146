import { detectHeadline, findBoilerplate, parseDocument, splitLines } from '../../src/corpus';
import { cleanText } from '../../src/model/document';
import { linesOf } from './corpus-fixture';

const BODY =
  'The foreign ministers met in Geneva on Tuesday to discuss the ceasefire, officials said. ' +
  'Both sides agreed to meet again after consulting their governments.';

const parse = (text: string) => parseDocument(text, { file: 'synthetic.txt' });
const removedAs = (text: string) => Object.fromEntries(parse(text).removed.map((r) => [r.text, r.reason]));

describe('detectHeadline', () => {
  it('skips a site banner above the headline and removes it', () => {
    const text = `worldnews.example.org | Your daily window on the world\n\nMinisters Agree to Meet Again in Geneva\n\n${BODY}`;
    const doc = parse(text);
    expect(doc.title).toBe('Ministers Agree to Meet Again in Geneva');
    expect(removedAs(text)).toEqual({ 'worldnews.example.org | Your daily window on the world': 'banner' });
  });

  it('skips a banner in another language', () => {
    const lines = splitLines(`Trang tin điện tử của báo chí\n\nMinisters agree to meet again\n\n${BODY}`);
    expect(detectHeadline(lines)?.text).toBe('Ministers agree to meet again');
  });

  it('finds none when the text opens with a paragraph of prose', () => {
    expect(parse(`${BODY}\n\nWhat Comes Next for the Talks\n\n${BODY}`).title).toBeNull();
  });

  it('finds none in a first line that ends in a full stop', () => {
    expect(parse(`Officials met in Geneva on Tuesday.\n\n${BODY}`).title).toBeNull();
  });

  it('takes a question as a headline', () => {
    expect(parse(`Will the Geneva talks hold?\n\n${BODY}`).title).toBe('Will the Geneva talks hold?');
  });

  it('does not take a tag list, a date line or a one-word label for the headline', () => {
    expect(parse(`Iran, Israel, United Nations\n\nMarch 5, 2024\n\nAnalysis\n\nTalks resume in Geneva\n\n${BODY}`).title).toBe('Talks resume in Geneva');
  });

  it('prefers the manifest title but keeps the headline line where it stands', () => {
    const doc = parseDocument(`Talks resume in Geneva\n\n${BODY}`, { file: 'a.txt', manifest: { file: 'a.txt', title: 'Geneva talks' } });
    expect(doc.title).toBe('Geneva talks');
    expect(doc.titleSpan).toBeNull();
  });
});

describe('findBoilerplate', () => {
  it('removes a repeated headline and a label printed between the two prints', () => {
    const text = `Talks resume in Geneva\n\nOpinion piece\nTalks resume in Geneva\n\n${BODY}`;
    expect(removedAs(text)).toEqual({ 'Opinion piece': 'tagline', 'Talks resume in Geneva': 'repeated' });
    expect(parse(text).removed[1]?.start).toBe(text.lastIndexOf('Talks resume in Geneva'));
  });

  it('removes a tag list of names under the headline, but not a heading', () => {
    const text = `Talks resume in Geneva\n\nSergey Lavrov Antony Blinken\n\nBackground\n\n${BODY}\n\nWhat the Ministers Said\n\n${BODY}`;
    expect(removedAs(text)).toEqual({ 'Sergey Lavrov Antony Blinken': 'tagline' });
  });

  it('removes a heading printed twice in a row, keeping the first', () => {
    const text = `Talks resume in Geneva\n\n${BODY}\n\nNext Steps\n\nNext Steps\n\n${BODY}`;
    const doc = parse(text);
    expect(doc.removed.map((r) => [r.reason, r.start])).toEqual([['repeated', text.lastIndexOf('Next Steps')]]);
    expect(linesOf(cleanText(doc)).filter((l) => l === 'Next Steps')).toHaveLength(1);
  });

  it('removes comment widgets, share buttons and trailing related links', () => {
    const text = `Talks resume in Geneva\n\n${BODY}\n\nShare on Facebook\n\n${BODY}\n\nLeave a Reply\n12 Comments\nRelated\nGaza aid convoy reaches Rafah crossing\nMarkets rally as oil prices fall\nWorld\n;`;
    expect(removedAs(text)).toEqual({
      'Share on Facebook': 'widget',
      'Leave a Reply': 'widget',
      '12 Comments': 'widget',
      Related: 'widget',
      'Gaza aid convoy reaches Rafah crossing': 'navigation',
      'Markets rally as oil prices fall': 'navigation',
      World: 'navigation',
      ';': 'navigation',
    });
  });

  it('removes a line in another language but keeps names with diacritics and captions', () => {
    const caption = 'Nguyễn Phú Trọng meets Recep Tayyip Erdoğan in Hanoi. (Photo: AFP)';
    const text = `Talks resume in Geneva\n\n${BODY}\n\nLe président français a déclaré la séance ouverte\n${caption}\n\n${BODY}`;
    expect(removedAs(text)).toEqual({ 'Le président français a déclaré la séance ouverte': 'translation' });
  });

  it('keeps another-language lines of an article in that language', () => {
    const text = `Les négociations reprennent à Genève\n\nLe ministre a déclaré que les négociations étaient terminées.\n\nÀ suivre`;
    const doc = parseDocument(text, { file: 'fr.txt', manifest: { file: 'fr.txt', language: 'fr' } });
    expect(doc.removed.filter((r) => r.reason === 'translation')).toEqual([]);
    expect(doc.language).toBe('fr');
  });

  it('never changes the text and returns spans in order', () => {
    const lines = splitLines(`Site.com\n\nTalks resume in Geneva\n\n${BODY}\n\nWrite a comment`);
    const removed = findBoilerplate(lines, { headline: lines[1] ?? null });
    expect(removed.map((r) => r.reason)).toEqual(['banner', 'widget']);
    expect(removed[0]?.start).toBeLessThan(removed[1]?.start ?? 0);
  });
});

describe('Title Case headlines', () => {
  it('takes a headline made only of capitalised words, and still removes a tag run below it', () => {
    const doc = parseDocument(`Biden Slams Netanyahu Strategy\n\nJoe Biden Benjamin Netanyahu\n\n${BODY}`, { file: 'a.txt' });
    expect(doc.title).toBe('Biden Slams Netanyahu Strategy');
    expect(doc.removed.map((r) => [r.text, r.reason])).toContainEqual(['Joe Biden Benjamin Netanyahu', 'tagline']);
  });
});
