import { cleanText, type RemovedLine, type Sentence, type TextSpan } from '../model/document';
import { ABBREVIATIONS } from './data/abbreviations';
import { splitLines } from './lines';

const ABBREVIATION = new Set(ABBREVIATIONS);
/** `F.` in "John F. Kennedy", `U.S.`, `U.N.`: capital letters each followed by a full stop. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Whether a sentence break after `segment` is false: it ends with an abbreviation, not a full stop. */
function endsWithAbbreviation(segment: string): boolean {
  const lastWord = segment.split(/\s+/).pop()?.replace(/^\P{L}+/u, '') ?? '';
  return ABBREVIATION.has(lastWord) || INITIALS.test(lastWord);
}

/** The sentences of one line, as spans into the text (`offset` is the line's start). */
function lineSentences(line: string, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let joinNext = false;
  for (const { segment, index } of segmenter.segment(line)) {
    const content = segment.trim();
    if (!content) continue;
    const start = offset + index + segment.indexOf(content);
    const end = start + content.length;
    const previous = spans[spans.length - 1];
    if (joinNext && previous) {
      previous.end = end;
      previous.text = line.slice(previous.start - offset, end - offset);
    } else {
      spans.push({ start, end, text: content });
    }
    joinNext = endsWithAbbreviation(content);
  }
  return spans;
}

/**
 * Splits a document's text into sentences with exact offsets, leaving out the removed
 * lines (given in text order, as {@link findBoilerplate} returns them).
 * Every line break ends a sentence, so a headline or heading is a sentence of its own.
 * Within a line, `Intl.Segmenter` finds the breaks and breaks after abbreviations
 * ("Mr. Netanyahu", "U.S. President") are joined again.
 *
 * @example
 * splitSentences('Talks\n\nMr. Blinken met the U.S. team. They agreed.')
 * // [{ text: 'Talks', start: 0, end: 5, index: 0 }, { text: 'Mr. Blinken met the U.S. team.', index: 1, … }, { text: 'They agreed.', index: 2, … }]
 */
export function splitSentences(text: string, removed: readonly RemovedLine[] = []): Sentence[] {
  const clean = cleanText({ text, removed: [...removed] });
  return splitLines(clean)
    .flatMap((line) => lineSentences(line.text, line.start))
    .map((span, index) => ({ ...span, index }));
}
