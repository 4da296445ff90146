import { format, isValid, lastDayOfMonth, parseISO } from 'date-fns';
import { TimeSpanError } from '../errors';

/**
 * How precisely a span is known. `day`, `month` and `year` name one calendar unit
 * ("March 2024" is the whole of March, not March 1st); `interval` runs from one such
 * unit to another, either end possibly open.
 */
export type Granularity = 'day' | 'month' | 'year' | 'interval';

/**
 * A granular time span with inclusive day bounds.
 *
 * `value` is the canonical ISO-like form: `2024`, `2024-03`, `2024-03-25`,
 * `2024-03-25/2024-10-07`, `../2022-02-24` (open start) or `2022-02/..` (open end).
 * `earliest` / `latest` are the first and last day the span may cover (`YYYY-MM-DD`),
 * `null` where the interval is open.
 */
export interface TimeSpan {
  readonly value: string;
  readonly granularity: Granularity;
  readonly earliest: string | null;
  readonly latest: string | null;
  /** The words the span was read from ("last Tuesday"), when it came from text. */
  readonly expression?: string;
  /** `true` when the source states it; `false` when it was inferred. */
  readonly explicit: boolean;
}

/** Options for {@link parseTimeSpan}. */
export interface TimeSpanOptions {
  /** The source expression to keep with the span. */
  expression?: string;
  /** Whether the source states the span (default `true`). */
  explicit?: boolean;
}

const OPEN = '..';
const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Point {
  value: string;
  granularity: Exclude<Granularity, 'interval'>;
  earliest: string;
  latest: string;
}

const toDay = (date: Date): string => format(date, 'yyyy-MM-dd');

function parsePoint(value: string, whole: string): Point {
  const match = POINT.exec(value);
  if (!match) {
    throw new TimeSpanError(
      `parseTimeSpan: "${whole}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by "/")`,
    );
  }
  const [, year, month, day] = match;
  const iso = day ? value : month ? `${value}-01` : `${value}-01-01`;
  const start = parseISO(iso);
  if (!isValid(start) || toDay(start) !== iso || year === '0000') {
    throw new TimeSpanError(`parseTimeSpan: "${whole}" names no calendar date ("${value}" does not exist)`);
  }
  if (day) return { value, granularity: 'day', earliest: iso, latest: iso };
  if (month) return { value, granularity: 'month', earliest: iso, latest: toDay(lastDayOfMonth(start)) };
  return { value, granularity: 'year', earliest: iso, latest: `${year}-12-31` };
}

/**
 * Parses a canonical ISO-like span string.
 *
 * @example
 * parseTimeSpan('2024-03')            // { granularity: 'month', earliest: '2024-03-01', latest: '2024-03-31', … }
 * parseTimeSpan('../2022-02-24')      // { granularity: 'interval', earliest: null, latest: '2022-02-24', … }
 * @throws {TimeSpanError} when the string is not a span or names a day that does not exist.
 */
export function parseTimeSpan(value: string, options: TimeSpanOptions = {}): TimeSpan {
  const text = value.trim();
  const extra = { explicit: options.explicit ?? true, ...(options.expression !== undefined && { expression: options.expression }) };
  const slash = text.indexOf('/');
  if (slash < 0) {
    const point = parsePoint(text, value);
    return { ...point, ...extra };
  }
  const startText = text.slice(0, slash);
  const endText = text.slice(slash + 1);
  if (startText === OPEN && endText === OPEN) {
    throw new TimeSpanError(`parseTimeSpan: "${value}" is open at both ends; use null for an unknown time`);
  }
  const start = startText === OPEN ? null : parsePoint(startText, value);
  const end = endText === OPEN ? null : parsePoint(endText, value);
  if (start && end && start.earliest > end.latest) {
    throw new TimeSpanError(`parseTimeSpan: "${value}" ends before it starts`);
  }
  return {
    value: `${start?.value ?? OPEN}/${end?.value ?? OPEN}`,
    granularity: 'interval',
    earliest: start?.earliest ?? null,
    latest: end?.latest ?? null,
    ...extra,
  };
}

/** The canonical string of a span (its `value`); the inverse of {@link parseTimeSpan}. */
export function formatTimeSpan(span: TimeSpan): string {
  return span.value;
}

/**
 * Builds the interval from the start of `start` to the end of `end` (either may be
 * `null` for an open end), keeping each end's own granularity.
 *
 * @example
 * intervalSpan('2022-02-24', '2022-08')   // value '2022-02-24/2022-08', latest '2022-08-31'
 */
export function intervalSpan(start: string | null, end: string | null, options: TimeSpanOptions = {}): TimeSpan {
  return parseTimeSpan(`${start ?? OPEN}/${end ?? OPEN}`, options);
}

/** Whether `value` parses as a span, without throwing. */
export function isTimeSpanString(value: string): boolean {
  try {
    parseTimeSpan(value);
    return true;
  } catch {
    return false;
  }
}
