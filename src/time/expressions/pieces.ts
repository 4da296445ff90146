/** A part of a text, by offsets. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Options for {@link splitPieces}. */
export interface SplitPiecesOptions {
  /** The longest piece (default 1000 characters); longer sentences are cut at a space. */
  maxLength?: number;
}

// A sentence ends at a line break, or at . ! ? (closing quotes allowed) before a capital:
// "Oct. 7" and "the U.S. envoy" go on, so dates are not cut in two.
const BREAK = /\n|[.!?]+["”’)\]]*\s+(?=["“‘(\[]?\p{Lu})/gu;
const SPACE = /\s/;

function cutLong(text: string, start: number, end: number, maxLength: number): TextRange[] {
  const ranges: TextRange[] = [];
  let from = start;
  while (end - from > maxLength) {
    let cut = from + maxLength;
    const floor = from + Math.floor(maxLength / 2);
    while (cut > floor && !SPACE.test(text.charAt(cut))) cut--;
    if (cut === floor) {
      cut = from + maxLength;
      // Never split a surrogate pair.
      const code = text.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--;
    }
    ranges.push({ start: from, end: cut });
    from = cut;
  }
  ranges.push({ start: from, end });
  return ranges;
}

/**
 * Splits a text into sentence-sized pieces, so that rules and chrono-node work on short
 * strings and a tense cue is looked for in the sentence of the expression. The pieces
 * cover the whole text, in order; none is longer than `maxLength`.
 *
 * @example
 * splitPieces('He left on Oct. 7. She stayed.')  // [{ start: 0, end: 19 }, { start: 19, end: 30 }]
 */
export function splitPieces(text: string, options: SplitPiecesOptions = {}): TextRange[] {
  const maxLength = Math.max(2, options.maxLength ?? 1000);
  const pieces: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(BREAK)) {
    const end = match.index + match[0].length;
    pieces.push(...cutLong(text, start, end, maxLength));
    start = end;
  }
  if (start < text.length) pieces.push(...cutLong(text, start, text.length, maxLength));
  return pieces;
}
