import { QueryError } from '../../errors';
import { parseTimeSpan, type TimeSpan } from '../../time/timespan';

/**
 * Parses the date a query is asked at, as a span (`2024-03-25`, `2024-03`, `2024`,
 * `../2024-03-25`), with errors that name the query rather than the parser.
 *
 * @throws {QueryError} with `field: 'date'` (and the parser's TimeSpanError as `cause`) when `date` is not a span string.
 */
export function queryDate(fn: string, date: unknown): TimeSpan {
  if (typeof date !== 'string') throw new QueryError(`${fn}: the date must be a string such as 2024-03-25, not ${date === null ? 'null' : typeof date}`, { field: 'date' });
  try {
    return parseTimeSpan(date);
  } catch (error) {
    throw new QueryError(`${fn}: ${(error as Error).message.replace(/^parseTimeSpan: /, '')}`, { field: 'date' }, { cause: error });
  }
}
