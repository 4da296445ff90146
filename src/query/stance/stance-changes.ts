import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import { compareStrings } from '../../util/compare-strings';
import { compareBounds } from '../timeline/order';
import { contraryChanges } from './contrary';
import { stancePoints } from './points';
import { periodsAndChanges } from './stance-history';
import type { StanceChange, StanceOptions } from './types';
import { vocabularyOf } from './vocabulary';

/**
 * Every change of relationship in the graph: for each pair of entities related by at
 * least one assertion, the `stance` changes {@link stanceHistory} reports, and the
 * `contrary` changes — the same actor going from a predicate to a contrary one (vetoes,
 * then abstainsOn) at strictly ordered valid times. A change is not a contradiction:
 * both claims stand, at different times. One claim pair may be both kinds of change
 * (praises, then criticizes). Pairs are found by grouping the assertions, never by
 * trying all pairs of entities; an entity related to itself has no stance.
 *
 * Changes are ordered by the time of the claim after the change, then of the one
 * before, then kind (`contrary` first), then id.
 *
 * @example
 * stanceChanges(graph).map((c) => c.explanation);
 * // ['United States → Israel went from vetoes (003_x.txt: "…", 2023-10-18) to the contrary abstainsOn (003_x.txt: "…", 2024-03-25), at ordered times: a change, not a contradiction', …]
 */
export function stanceChanges(graph: KnowledgeGraph, options: StanceOptions = {}): StanceChange[] {
  const vocabulary = vocabularyOf(options);
  const keepTentative = options.tentative ?? true;
  const pairs = new Map<string, Assertion[]>();
  for (const assertion of graph.assertions()) {
    if (assertion.object.kind !== 'entity' || assertion.object.id === assertion.subject) continue;
    const key = [assertion.subject, assertion.object.id].sort(compareStrings).join('\n');
    const pair = pairs.get(key);
    if (pair) pair.push(assertion);
    else pairs.set(key, [assertion]);
  }
  const changes: StanceChange[] = [];
  for (const pair of pairs.values()) {
    changes.push(...periodsAndChanges(graph, stancePoints(pair, vocabulary, keepTentative).points).changes);
    changes.push(...contraryChanges(graph, pair, vocabulary, keepTentative));
  }
  const timeOf = (id: string) => {
    const a = graph.assertion(id)!;
    return (a.valid ?? a.recorded)!;
  };
  return changes.sort(
    (x, y) =>
      compareBounds(timeOf(x.assertions[1]), timeOf(y.assertions[1])) ||
      compareBounds(timeOf(x.assertions[0]), timeOf(y.assertions[0])) ||
      compareStrings(x.kind, y.kind) ||
      compareStrings(x.id, y.id),
  );
}
