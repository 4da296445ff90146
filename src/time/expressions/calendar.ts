import { addMonths, addYears, format, parseISO } from 'date-fns';

/**
 * Calendar arithmetic on the strings a {@link TimeSpan} is made of: days `YYYY-MM-DD`,
 * months `YYYY-MM` and years `YYYY`. Working on strings keeps every result in the
 * canonical form and away from time zones.
 */

/** A length of time in whole calendar units, as an ISO 8601 duration names them. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const toDay = (date: Date): string => format(date, 'yyyy-MM-dd');

/** `2024-03-05` from its parts, or `null` when the calendar has no such day (February 30th). */
export function dayValue(year: number, month: number, day: number): string | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return day <= lastDayOfMonthNumber(year, month) ? value : null;
}

/** `2024-03` from its parts. */
export const monthValue = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** `2024` from the year. */
export const yearValue = (year: number): string => pad(year, 4);

/** The number of days in a month (28–31). */
export function lastDayOfMonthNumber(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : 28;
}

// Whole days count in UTC, where every day is 24 hours long.
const utc = (day: string): number => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
const fromUtc = (time: number): string => new Date(time).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/**
 * The day `amount` units after `day` (before it when negative); month ends clamp.
 *
 * @example
 * shiftDay('2024-05-30', -2, 'week')   // '2024-05-16'
 * shiftDay('2024-03-31', -1, 'month')  // '2024-02-29'
 */
export function shiftDay(day: string, amount: number, unit: CalendarUnit): string {
  if (unit === 'day' || unit === 'week') return fromUtc(utc(day) + amount * (unit === 'week' ? 7 : 1) * DAY_MS);
  const date = parseISO(day);
  return toDay(unit === 'month' ? addMonths(date, amount) : addYears(date, amount));
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => new Date(utc(day)).getUTCDay() || 7;

/**
 * The Monday-to-Sunday week holding `day`, shifted by `offset` weeks, as first and last day.
 *
 * @example
 * weekOf('2024-05-30', -1)  // { first: '2024-05-20', last: '2024-05-26' }
 */
export function weekOf(day: string, offset = 0): { first: string; last: string } {
  // News English follows ISO weeks: "last week" on a Wednesday is the Monday-to-Sunday before.
  const monday = shiftDay(day, 1 - isoWeekday(day) + 7 * offset, 'day');
  return { first: monday, last: shiftDay(monday, 6, 'day') };
}

/** The month (`YYYY-MM`) holding `day`, shifted by `offset` months. */
export function monthOf(day: string, offset = 0): string {
  return shiftDay(`${day.slice(0, 7)}-01`, offset, 'month').slice(0, 7);
}

/** The year (`YYYY`) holding `day`, shifted by `offset` years. */
export const yearOf = (day: string, offset = 0): string => yearValue(Number(day.slice(0, 4)) + offset);

/** The first day a point value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) covers. */
export function firstDayOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day a point value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) covers. */
export function lastDayOf(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-${pad(lastDayOfMonthNumber(Number(value.slice(0, 4)), Number(value.slice(5, 7))))}`;
  return value;
}

/**
 * The point value one unit of its own granularity after (`step` 1) or before (`step` −1).
 *
 * @example
 * stepValue('2014', 1)         // '2015'
 * stepValue('2024-03-01', -1)  // '2024-02-29'
 */
export function stepValue(value: string, step: 1 | -1): string {
  if (value.length === 4) return yearValue(Number(value) + step);
  if (value.length === 7) return monthOf(`${value}-01`, step);
  return shiftDay(value, step, 'day');
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}
