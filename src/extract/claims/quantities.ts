import type { QuantityQualifier } from '../../model/assertion';

const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';
const QUALIFIERS: ReadonlyArray<[RegExp, QuantityQualifier]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'atLeast'],
  [/^(?:more than|over|upwards of)$/i, 'moreThan'],
  [/^(?:at most|up to|no more than|a maximum of)$/i, 'atMost'],
  [/^(?:fewer than|less than|under|nearly|almost)$/i, 'lessThan'],
  [/^(?:about|around|roughly|some|approximately|an estimated|close to)$/i, 'approximately'],
];
const NUMBER = /\b(at least|no fewer than|no less than|a minimum of|more than|over|upwards of|at most|up to|no more than|a maximum of|fewer than|less than|under|nearly|almost|about|around|roughly|some|approximately|an estimated|close to)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|percent|per cent|[-–]\s*\d))\b/i;

/** A count stated in a phrase, with how the text bounds it. */
export interface Quantity {
  value: string;
  datatype: string;
  qualifier: QuantityQualifier;
  /** Where the number stands in the phrase. */
  index: number;
}

/**
 * The first count a phrase states ("at least 45 Palestinians" → 45, at least; "more than
 * 1,400" → 1400, more than), `undefined` when it states none. Years, percentages and
 * ranges are not counts.
 *
 * @example
 * quantityIn('killed at least 45 Palestinians')  // { value: '45', qualifier: 'atLeast', … }
 */
export function quantityIn(phrase: string): Quantity | undefined {
  const match = NUMBER.exec(phrase);
  if (!match) return undefined;
  const digits = match[2]!.replace(/,/g, '');
  if (/^(?:19|20)\d{2}$/.test(digits) && !match[1]) return undefined; // a year
  const bound = match[1] ? QUALIFIERS.find(([words]) => words.test(match[1]!))?.[1] : undefined;
  return { value: String(Number(digits)), datatype: XSD_INTEGER, qualifier: bound ?? 'exactly', index: match.index };
}
