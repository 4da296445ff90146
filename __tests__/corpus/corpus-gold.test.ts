import { cleanText } from '../../src/model/document';
import { corpusDir, gold, linesOf, parsed } from './corpus-fixture';
import { readdirSync } from 'node:fs';

describe('the real corpus against the gold documents', () => {
  it('covers every gold document', () => {
    expect(parsed.map((p) => p.gold.file)).toEqual(readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort());
    expect(parsed).toHaveLength(gold.length);
  });

  describe.each(parsed.map((p) => [p.gold.file, p] as const))('%s', (_file, { gold: expected, doc }) => {
    it('detects the gold headline (or none)', () => {
      expect(doc.title).toBe(expected.title);
      if (doc.titleSpan) expect(doc.text.slice(doc.titleSpan.start, doc.titleSpan.end)).toBe(doc.title);
      else expect(doc.title).toBeNull();
    });

    it('takes the id from the file name', () => {
      expect(doc.id).toBe(expected.file.replace(/\.txt$/, ''));
    });

    it('leaves no gold boilerplate line in the cleaned text', () => {
      const kept = new Set(linesOf(cleanText(doc)));
      for (const line of expected.boilerplate) expect(kept.has(line)).toBe(false);
    });

    it('records every removed line at its place in the original text', () => {
      for (const line of doc.removed) expect(doc.text.slice(line.start, line.end)).toBe(line.text);
      expect(cleanText(doc)).toHaveLength(doc.text.length);
    });

    it('never dates the document outside its true publication window', () => {
      const { time, basis, note } = doc.published;
      expect(note).toMatch(/\w.*\.$/);
      if (time === null) return expect(basis).toBe('unknown');
      expect(time.earliest === null || time.earliest <= expected.published.earliest).toBe(true);
      expect(time.latest === null || time.latest >= expected.published.latest).toBe(true);
      for (const span of doc.published.evidence) expect(doc.text.slice(span.start, span.end)).toBe(span.text);
    });
  });

  const doc = (prefix: string) => {
    const found = parsed.find((p) => p.gold.file.startsWith(prefix));
    if (!found) throw new Error(prefix);
    return found;
  };

  it('dates 003 by its dateline, exactly, with the outlet glued to it', () => {
    const { doc: d, gold: g } = doc('003');
    expect(d.published.basis).toBe('dateline');
    expect(d.published.time?.value).toBe(g.published.value);
    expect(d.published.time?.value).toBe('2024-03-27');
    expect(d.published.time?.explicit).toBe(true);
    expect(d.published.evidence.map((e) => e.text)).toContain('Báo Quốc TếBáo Quốc Tế27/03/2024');
    expect(d.outlet).toBe(g.outlet);
    expect(d.removed.find((r) => r.reason === 'dateline')?.text).toBe('Báo Quốc TếBáo Quốc Tế27/03/2024');
  });

  it.each(['000', '001', '002', '004'])('dates %s from content or not at all, never as explicit', (prefix) => {
    const { published } = doc(prefix).doc;
    expect(['content', 'unknown']).toContain(published.basis);
    if (published.basis === 'unknown') {
      expect(published.time).toBeNull();
      expect(published.note).toMatch(/no dateline/);
    } else {
      expect(published.time?.explicit).toBe(false);
      expect(published.time?.latest).toBeNull();
      expect(published.evidence.length).toBeGreaterThan(0);
    }
  });

  it('keeps section headings, once, and drops only the repeated print', () => {
    const headings: Array<[string, string[]]> = [
      ['000', ['Escalating Conflict in Gaza', 'Geopolitical Implications', "Netanyahu and Trump's Connection"]],
      ['002', ['Diplomatic Fallout and Future Negotiations', 'Broader Implications for U.S.-Israel Relations']],
      ['003', ['Change of direction sign', 'Disagreement rises']],
      ['004', ['Introduction', 'Conclusion: A Prelude to a UN Showdown']],
    ];
    for (const [prefix, wanted] of headings) {
      const lines = linesOf(cleanText(doc(prefix).doc));
      for (const heading of wanted) expect(lines.filter((line) => line === heading)).toHaveLength(1);
    }
    expect(doc('000').doc.removed.filter((r) => r.text === 'Geopolitical Implications').map((r) => r.reason)).toEqual(['repeated']);
  });

  it('keeps image captions and removes the untranslated one', () => {
    const d = doc('003').doc;
    const lines = linesOf(cleanText(d));
    expect(lines).toContain('The United Nations Security Council vote on March 25 on a resolution calling for a ceasefire in Gaza. (Source: AP)');
    expect(d.removed.filter((r) => r.reason === 'translation')).toHaveLength(2);
  });

  it('gives each removed line the reason the layout shows', () => {
    const reasons = (prefix: string) => Object.fromEntries(doc(prefix).doc.removed.map((r) => [r.text, r.reason]));
    expect(reasons('001')).toMatchObject({ 'Without comment': 'tagline', 'Post a comment for this article': 'widget' });
    expect(reasons('003')).toMatchObject({ 'Vietnam.vn - Nền tảng quảng bá Việt Nam': 'banner', 'Same tag': 'navigation', 'Comment (0)': 'widget' });
    expect(reasons('004')).toMatchObject({ 'Vladimir Putin Benjamin Netanyahu': 'tagline', 'Close Menu': 'widget' });
    expect(doc('002').doc.removed).toEqual([]);
  });
});
