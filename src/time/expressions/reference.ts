import { parseTimeSpan, type TimeSpan } from '../timespan';
import type { ReferenceWindow } from './resolution';

/**
 * The reference window of a reference date given as a span or its string: a day gives
 * a window of one day, a month, year or interval its first and last day (an open end
 * stays open). `null` for no reference.
 *
 * @example
 * readReference('2024-05-30')              // { earliest: '2024-05-30', latest: '2024-05-30' }
 * readReference('2024-05-29/..')           // { earliest: '2024-05-29', latest: null }
 * @throws {TimeSpanError} when a string is not a span.
 */
export function readReference(reference: TimeSpan | string | null | undefined): ReferenceWindow | null {
  if (reference === null || reference === undefined) return null;
  const span = typeof reference === 'string' ? parseTimeSpan(reference) : reference;
  return { earliest: span.earliest, latest: span.latest };
}
