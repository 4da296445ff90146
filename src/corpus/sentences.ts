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

/** Lines longer than this are segmented a window at a time (see {@link segmentsOf}). */
const WINDOW = 16_384;
/** A break is trusted only this far before a window's end, where the segmenter saw enough context. */
const MARGIN = 1_024;

/**
 * The sentence segments of a line. V8's `Intl.Segmenter` spends time linear in the length of
 * the string on each segment it yields, quadratic in all (a 400 KB line took 1.4 s, a 10 MB
 * one more than five minutes), so a long line is segmented in windows: the segments that end
 * well before a window's end are kept and the next window starts where the first one not kept
 * begins (a window with no such break is doubled). Breaks depend on a few characters of
 * context, so the segments are the same.
 */
function* segmentsOf(line: string): Generator<{ segment: string; index: number }> {
  if (line.length <= 2 * WINDOW) {
    yield* segmenter.segment(line);
    return;
  }
  let from = 0;
  let size = WINDOW;
  while (from < line.length) {
    const end = Math.min(line.length, from + size);
    const parts = [...segmenter.segment(line.slice(from, end))];
    if (end === line.length) {
      for (const { segment, index } of parts) yield { segment, index: from + index };
      return;
    }
    const limit = end - from - MARGIN;
    const kept = parts.filter(({ segment, index }) => index + segment.length <= limit);
    if (kept.length === 0) {
      size *= 2;
      continue;
    }
    for (const { segment, index } of kept) yield { segment, index: from + index };
    const last = kept[kept.length - 1]!;
    from += last.index + last.segment.length;
    size = WINDOW;
  }
}

/** The sentences of one line, as spans into the text (`offset` is the line's start). */
function lineSentences(line: string, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let joinNext = false;
  for (const { segment, index } of segmentsOf(line)) {
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
