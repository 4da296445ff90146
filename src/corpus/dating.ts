import type { PublicationDate, Sentence, TextSpan } from '../model/document';
import { intervalSpan, isTimeSpanString, parseTimeSpan } from '../time/timespan';
import { FUTURE_CUES } from './data/date-cues';
import type { Dateline, DatelineReading } from './dateline';
import { dateValue, statedDates, type StatedDate } from './stated-dates';

/** Options for {@link datePublication}. */
export interface DatePublicationOptions {
  /** A publication time the user gives (a manifest's `published`, e.g. `2024-03-27`); it wins. */
  published?: string | null;
  /** The article's dateline, from {@link findDateline}. */
  dateline?: Dateline | null;
}

/** A date a sentence states, where it stands, and whether the sentence speaks of the future. */
interface DateMention {
  date: StatedDate;
  span: TextSpan;
  /** Stated in a sentence about the future ("will vote on May 5, 2024"). */
  future: boolean;
}

function findDateMentions(sentences: readonly Sentence[]): DateMention[] {
  return sentences.flatMap((sentence) => {
    const future = FUTURE_CUES.test(sentence.text);
    return statedDates(sentence.text).map((date) => {
      const start = sentence.start + date.index;
      return { date, span: { start, end: start + date.text.length, text: date.text }, future };
    });
  });
}

/** The first day a date value covers; `null` for a day the calendar lacks ("February 29" given a common year). */
const firstDay = (value: string): string | null => (isTimeSpanString(value) ? parseTimeSpan(value).earliest : null);
const quote = (span: TextSpan) => `"${span.text}"`;

/**
 * The stated date a reading of the dateline contradicts, if any: a past event after it,
 * or a future one ("will vote on April 20") on or before it.
 */
function contradictedBy(reading: DatelineReading, mentions: readonly DateMention[]): DateMention | undefined {
  const year = Number(reading.day.slice(0, 4));
  return mentions.find((m) => {
    const day = firstDay(dateValue(m.date, m.date.year ?? year));
    return day !== null && (m.future ? day <= reading.day : day > reading.day);
  });
}

function fromDateline(dateline: Dateline, mentions: readonly DateMention[]): PublicationDate {
  const { line, date, readings } = dateline;
  const evidence: TextSpan[] = [{ start: line.start, end: line.end, text: line.text }];
  const dated = (reading: DatelineReading, why: string, more: TextSpan[] = []): PublicationDate => ({
    time: parseTimeSpan(reading.day, { expression: date.text }),
    basis: 'dateline',
    note: `Dated ${reading.day} by the dateline ${quote(line)}${why}.`,
    evidence: [...evidence, ...more],
  });

  const [first, second] = readings;
  if (!second) {
    if (first.order !== 'DD/MM' && first.order !== 'MM/DD') return dated(first, '');
    const [a, b] = date.text.split(/\D/);
    return dated(first, `, read as ${first.order}: ${a === b ? 'both orders give the same day' : 'the other order names no calendar day'}`);
  }

  const choices = `${date.text} could be ${first.day} (${first.order}) or ${second.day} (${second.order})`;
  const because = (rejected: DatelineReading, { span, future }: DateMention) =>
    future
      ? `because the text expects ${quote(span)} ahead, which ${rejected.day} would follow`
      : `because the text reports ${quote(span)} as past, which ${rejected.day} would precede`;
  const againstFirst = contradictedBy(first, mentions);
  const againstSecond = contradictedBy(second, mentions);
  if (againstFirst && !againstSecond) {
    return dated(second, `: ${choices}; read as ${second.order} ${because(first, againstFirst)}`, [againstFirst.span]);
  }
  if (againstSecond && !againstFirst) {
    return dated(first, `: ${choices}; read as ${first.order} ${because(second, againstSecond)}`, [againstSecond.span]);
  }
  const [earlier, later] = [first.day, second.day].sort();
  return {
    time: intervalSpan(earlier ?? null, later ?? null, { expression: date.text, explicit: false }),
    basis: 'dateline',
    note: `The dateline ${quote(line)} gives ${choices}; the dates the text mentions do not decide between them, so the window covers both.`,
    evidence,
  };
}

function fromContent(mentions: readonly DateMention[]): PublicationDate {
  const past = mentions.flatMap(({ date, span, future }) => {
    const value = dateValue(date);
    const from = date.year === null || future ? null : firstDay(value);
    return from ? [{ value, from, span }] : [];
  });
  const latest = past.reduce<(typeof past)[number] | null>((best, m) => (!best || m.from > best.from ? m : best), null);
  if (!latest) {
    return {
      time: null,
      basis: 'unknown',
      note: 'No publication date: the text has no dateline and states no past date with its year.',
      evidence: [],
    };
  }
  return {
    time: intervalSpan(latest.value, null, { expression: latest.span.text, explicit: false }),
    basis: 'content',
    note: `Not dated in the text: published no earlier than ${latest.value}, the latest past date it states (${quote(latest.span)}); the end is open.`,
    evidence: [latest.span],
  };
}

/**
 * Establishes when a document was published, and says how: a date the user gives wins
 * (`manifest`); else the dateline (`dateline`; a numeric date that reads both DD/MM and
 * MM/DD takes the one reading that no stated date contradicts — a past event after it, a
 * future one before it — or, when the text does not decide, a window over both);
 * else a window opening at the latest past date the text states with its year
 * (`content`, `explicit: false`, open end); else `unknown` with `time: null`.
 * Dates in future-tense sentences ("will", "next", "scheduled") are not past events.
 *
 * @example
 * datePublication(splitSentences('On October 7, 2023, Hamas attacked Israel.'))
 * // { time: { value: '2023-10-07/..', explicit: false, … }, basis: 'content', note: 'Not dated in the text: …', … }
 */
export function datePublication(sentences: readonly Sentence[], options: DatePublicationOptions = {}): PublicationDate {
  if (options.published) {
    return {
      time: parseTimeSpan(options.published),
      basis: 'manifest',
      note: `Given by the manifest: ${options.published}.`,
      evidence: [],
    };
  }
  const mentions = findDateMentions(sentences);
  return options.dateline ? fromDateline(options.dateline, mentions) : fromContent(mentions);
}
