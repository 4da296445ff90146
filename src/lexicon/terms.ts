import { parseTimeSpan, type TimeSpan } from '../time/timespan';

const parsed = new Map<string, TimeSpan>();
/** Beyond this many distinct texts (user lexicons read over and over) the memory starts afresh. */
const LIMIT = 20_000;

/**
 * `parseTimeSpan` for the lexicon's role terms and spans, remembered by text: the same
 * few hundred term strings are read when entries are validated and again when they are
 * indexed, by every lexicon built. The spans are frozen, since roles share them.
 *
 * @example
 * parseTerm('2022-07-01/2022-12-29') === parseTerm('2022-07-01/2022-12-29')  // true
 * @throws {TimeSpanError} as `parseTimeSpan` does (a failure is not remembered).
 */
export function parseTerm(text: string): TimeSpan {
  let span = parsed.get(text);
  if (span === undefined) {
    span = Object.freeze(parseTimeSpan(text));
    if (parsed.size >= LIMIT) parsed.clear();
    parsed.set(text, span);
  }
  return span;
}
