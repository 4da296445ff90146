import { splitSentences } from '../../src/corpus';
import type { RemovedLine } from '../../src/model/document';
import { parsed } from './corpus-fixture';

describe('splitSentences', () => {
  describe.each(parsed.map((p) => [p.gold.file, p.doc] as const))('on %s', (_file, doc) => {
    it('maps every sentence back to the original text exactly, trimmed', () => {
      expect(doc.sentences.length).toBeGreaterThan(5);
      doc.sentences.forEach((s, index) => {
        expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.text).not.toBe('');
        expect(s.index).toBe(index);
      });
    });

    it('keeps sentences in order, apart, and off the removed lines', () => {
      doc.sentences.forEach((s, i) => {
        const next = doc.sentences[i + 1];
        if (next) expect(s.end).toBeLessThanOrEqual(next.start);
        for (const line of doc.removed) expect(s.end <= line.start || s.start >= line.end).toBe(true);
      });
    });

    it('never crosses a line break', () => {
      for (const s of doc.sentences) expect(s.text).not.toMatch(/\n/);
    });

    it('does not break after titles and initialisms', () => {
      for (const s of doc.sentences) expect(s.text).not.toMatch(/(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.$|(?:^|\s)U\.[SN]\.$/);
    });
  });

  it('gives the headline its own sentence', () => {
    const doc = parsed.find((p) => p.gold.file.startsWith('000'))?.doc;
    expect(doc?.sentences[0]?.text).toBe(doc?.title);
  });

  it('keeps "Mr. Netanyahu" and "U.S." inside their sentences', () => {
    const text = 'Talks\n\nThe U.S. President met Mr. Netanyahu on Monday. Gen. Smith and John F. Kennedy Jr. were not there. It ended.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Talks',
      'The U.S. President met Mr. Netanyahu on Monday.',
      'Gen. Smith and John F. Kennedy Jr. were not there.',
      'It ended.',
    ]);
  });

  it('still ends a sentence at an ordinary full stop before a capital', () => {
    expect(splitSentences('Israel voted no. Russia abstained. Mr. Putin said so.').map((s) => s.text)).toEqual([
      'Israel voted no.',
      'Russia abstained.',
      'Mr. Putin said so.',
    ]);
  });

  it('ends a sentence at every line break, even mid-sentence', () => {
    expect(splitSentences('It reached the point that Putin\nissued an order.').map((s) => s.text)).toEqual([
      'It reached the point that Putin',
      'issued an order.',
    ]);
  });

  it('leaves out removed lines and keeps offsets with CRLF line ends', () => {
    const text = 'Headline here\r\n\r\nShare this\r\nBody one. Body two.\r\n';
    const start = text.indexOf('Share this');
    const removed: RemovedLine[] = [{ start, end: start + 'Share this'.length, text: 'Share this', reason: 'widget' }];
    const sentences = splitSentences(text, removed);
    expect(sentences.map((s) => s.text)).toEqual(['Headline here', 'Body one.', 'Body two.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
