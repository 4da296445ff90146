import type { TextSpan } from '../model/document';

/**
 * One non-blank line of a document: its trimmed content and where that content stands
 * in the original text. Blank lines are dropped; the layout rules only need their order.
 */
export interface Line extends TextSpan {
  /** 0-based position among the non-blank lines. */
  index: number;
}

/**
 * Splits text into its non-blank lines, trimmed, with offsets into `text`. A line ends at
 * `\n`, `\r\n` or a lone `\r` (old Mac files); a BOM or other surrounding whitespace
 * never enters a line's span.
 *
 * @example
 * splitLines('Title\n\n  Body text.\r\n') // [{ start: 0, end: 5, text: 'Title', index: 0 }, { start: 9, end: 19, text: 'Body text.', index: 1 }]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const raw = match[0];
    const content = raw.trim();
    if (!content) continue;
    const start = match.index + raw.indexOf(content);
    lines.push({ start, end: start + content.length, text: content, index: lines.length });
  }
  return lines;
}

/** The words of a line: runs of characters between spaces that hold a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

const CLOSERS = `["'”’»)\\]]*`;
const ENDS_SENTENCE = new RegExp(`[.!?…]${CLOSERS}$`);
const ENDS_FULL_STOP = new RegExp(`(?:\\.|…)${CLOSERS}$`);

/** Whether the line ends as a sentence does: `.`, `!`, `?` or `…`, perhaps inside quotes. */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text);
}

/** Whether the line ends with a full stop (or an ellipsis), perhaps inside quotes. */
export function endsWithFullStop(text: string): boolean {
  return ENDS_FULL_STOP.test(text);
}

/** A paragraph of prose: a full sentence of some length, or a line too long to be anything else. */
export function isParagraph(line: Line): boolean {
  const words = wordsOf(line.text).length;
  return (endsWithFullStop(line.text) && words >= 8) || words >= 40;
}

/** How many lines at the top may hold headline, banner, dateline and tags before the body must have begun. */
const HEAD_ZONE_LIMIT = 12;

/**
 * Index of the first line of the article body: the first paragraph of prose. Everything
 * above it is the head zone, where banners, the headline, tags and the dateline stand.
 */
export function bodyStart(lines: readonly Line[]): number {
  const first = lines.findIndex(isParagraph);
  const start = first < 0 ? lines.length : first;
  return Math.min(start, HEAD_ZONE_LIMIT);
}

/** Two lines say the same thing when they agree up to case and spacing. */
export function sameLine(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
  return normal(a) === normal(b);
}
