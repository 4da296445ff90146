import { compareTimeSpans } from '../time/allen';
import { parseTimeSpan, type TimeSpan } from '../time/timespan';
import type { EventScore } from './events';
import type { Gold } from './gold';
import type { ScorableResult } from './scorable';

/** How one gold timeline fared: pairs of its found events in gold order, and whether ours keeps that order. */
export interface TimelineScore {
  /** The gold entity id the timeline is for. */
  entity: string;
  /** Gold events on the timeline, and how many of them were found with a valid time. */
  events: number;
  placed: number;
  /** Found events without a valid time: ours lists them apart, unordered. */
  unplaced: string[];
  /** Pairs of placed events (earlier in gold first). */
  pairs: number;
  /** Pairs ours puts in the gold order, or leaves tied because the spans overlap. */
  consistent: number;
  /** Pairs ours puts the other way round: `[earlier in gold, later in gold]`. */
  reversed: Array<[string, string]>;
}

/**
 * Checks the valid times of the found gold events against the gold `timelines` (entity →
 * event ids in chronological order): for every pair of found, dated events of a timeline,
 * ours must not put the later one wholly before the earlier one. Spans that overlap are
 * a tie, which is consistent (the library never invents an order). The assertion judged
 * for an event is the one event scoring judged (`best`).
 *
 * @example
 * const events = scoreEvents(result, gold, { texts });
 * scoreTimelines(result, gold, events).map((t) => [t.entity, t.consistent, t.pairs])
 */
export function scoreTimelines(result: ScorableResult, gold: Gold, events: EventScore): TimelineScore[] {
  const valid = new Map((result.assertions ?? []).flatMap((a) => (a.id && a.valid ? [[a.id, a.valid.value] as const] : [])));
  const spanOf = new Map<string, TimeSpan | null>(
    events.found.map((f) => {
      const value = f.best.id ? valid.get(f.best.id) : undefined;
      return [f.id, value ? parseTimeSpan(value) : null];
    }),
  );
  const timelines = gold.timelines as Record<string, unknown>;
  return Object.keys(timelines)
    .sort()
    .map((entity) => {
      const ids = (Array.isArray(timelines[entity]) ? timelines[entity] : []).filter((id): id is string => typeof id === 'string');
      const found = ids.filter((id) => spanOf.has(id));
      const placed = found.filter((id) => spanOf.get(id) !== null);
      const reversed: Array<[string, string]> = [];
      let pairs = 0;
      placed.forEach((earlier, i) => {
        for (const later of placed.slice(i + 1)) {
          pairs += 1;
          if (compareTimeSpans(spanOf.get(later)!, spanOf.get(earlier)!) === -1) reversed.push([earlier, later]);
        }
      });
      return { entity, events: ids.length, placed: placed.length, unplaced: found.filter((id) => spanOf.get(id) === null), pairs, consistent: pairs - reversed.length, reversed };
    });
}
