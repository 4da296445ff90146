import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import { compareTimeSpans } from '../../time/allen';
import { change, changeSide } from './change';
import { Explainer } from './explain';
import { stancePoints } from './points';
import type { StanceChange, StanceHistory, StanceOptions, StancePeriod, StancePoint } from './types';
import { vocabularyOf } from './vocabulary';

/** Whether `x` surely came before `y`: their spans do not overlap. */
const ordered = (x: StancePoint, y: StancePoint): boolean => compareTimeSpans(x.time, y.time) === -1;

/**
 * Splits time-ordered points into periods of one valence, and reports a change at each
 * boundary whose two points (last of the old period, first of the new) are strictly
 * ordered. Where they overlap, which came first is unknown: the boundary is marked
 * `unordered` and no change is claimed.
 */
export function periodsAndChanges(graph: KnowledgeGraph, points: readonly StancePoint[]): { periods: StancePeriod[]; changes: StanceChange[] } {
  const runs: StancePoint[][] = [];
  for (const point of points) {
    const run = runs.at(-1);
    if (run && run[0]!.valence === point.valence) run.push(point);
    else runs.push([point]);
  }
  const explain = new Explainer(graph);
  const periods: StancePeriod[] = [];
  const changes: StanceChange[] = [];
  runs.forEach((run, i) => {
    const first = run[0]!;
    const previous = runs[i - 1];
    const last = previous?.at(-1);
    const isChange = last !== undefined && ordered(last, first);
    periods.push({
      valence: first.valence,
      assertions: run.map((p) => p.assertion.id),
      first: first.time,
      last: run.at(-1)!.time,
      follows: last === undefined ? null : isChange ? 'change' : 'unordered',
    });
    if (isChange) {
      changes.push(change(graph, 'stance', changeSide(last.valence, previous!), changeSide(first.valence, run), last, first, explain.stance(last, first)));
    }
  });
  return { periods, changes };
}

/**
 * How the stance between two actors moved between cooperative and hostile, from the
 * valence of the predicates relating them, in both directions (`a` → `b` and `b` → `a`).
 *
 * Neutral predicates carry no stance. Denied claims are skipped: "X did not criticise Y"
 * says nothing about whether X is hostile or friendly to Y. Hypothetical, hoped and
 * planned claims are kept and marked `tentative` (leave them out with `tentative: false`).
 * Points are ordered by valid time, or, for a claim with none, by its source's
 * publication (`timeBasis: 'recorded'`). A flip of valence between two points whose spans
 * overlap is not a change: their order is unknown, and the period is marked `unordered`.
 *
 * @example
 * const history = stanceHistory(graph, entityIri('Donald Trump'), entityIri('Benjamin Netanyahu'));
 * history.periods.map((p) => [p.valence, p.follows]);  // [['cooperative', null], ['hostile', 'change']]
 * history.changes[0]?.explanation
 * // 'Donald Trump → Benjamin Netanyahu went from cooperative (supports, 000_x.txt: "…", 2017-01-20/2021-01-20) to hostile (criticizes, 002_y.txt: "…", 2025-12)'
 */
export function stanceHistory(graph: KnowledgeGraph, a: string, b: string, options: StanceOptions = {}): StanceHistory {
  const { points, undated } = stancePoints(graph.assertionsBetween(a, b), vocabularyOf(options), options.tentative ?? true);
  return { a, b, points, ...periodsAndChanges(graph, points), undated };
}
