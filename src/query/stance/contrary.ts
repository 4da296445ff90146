import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Assertion } from '../../model/assertion';
import type { PredicateDefinition } from '../../model/predicate';
import { compareTimeSpans } from '../../time/allen';
import { change, changeSide } from './change';
import { Explainer, type Timed } from './explain';
import { byTime, isTentative } from './points';
import type { StanceChange } from './types';

/**
 * The contrary-predicate changes among one pair's assertions: an actor that vetoed, then
 * abstained; praised, then criticised. Claims are compared only in the same direction
 * (a symmetric predicate goes both ways). A claim is a change when the last claim before
 * it, among those with its predicate or a contrary one, has a contrary predicate and
 * surely came earlier. Over overlapping times the two would be a contradiction instead,
 * which is not this helper's business. Denied and undated claims are skipped.
 */
export function contraryChanges(
  graph: KnowledgeGraph,
  assertions: Iterable<Assertion>,
  vocabulary: ReadonlyMap<string, PredicateDefinition>,
  keepTentative: boolean,
): StanceChange[] {
  const sequences = new Map<string, Timed[]>();
  for (const assertion of assertions) {
    const definition = vocabulary.get(assertion.predicate);
    if (!definition?.contrary?.length || assertion.object.kind !== 'entity' || !assertion.valid || assertion.polarity === 'denied') continue;
    if (isTentative(assertion) && !keepTentative) continue;
    const claim: Timed = { assertion, time: assertion.valid, timeBasis: 'valid' };
    const directions = [`${assertion.subject}\n${assertion.object.id}`];
    if (definition.symmetric) directions.push(`${assertion.object.id}\n${assertion.subject}`);
    for (const key of directions) sequences.set(key, [...(sequences.get(key) ?? []), claim]);
  }
  const explain = new Explainer(graph);
  const valenceOf = (t: Timed) => vocabulary.get(t.assertion.predicate)!.valence;
  // Keyed by id: a symmetric claim sits in both directions and would be found twice.
  const found = new Map<string, StanceChange>();
  for (const sequence of sequences.values()) {
    sequence.sort(byTime);
    for (const predicate of new Set(sequence.map((t) => t.assertion.predicate))) {
      const contrary = vocabulary.get(predicate)!.contrary!;
      const run = sequence.filter((t) => t.assertion.predicate === predicate || contrary.includes(t.assertion.predicate));
      run.forEach((current, i) => {
        const previous = run[i - 1];
        if (!previous || current.assertion.predicate !== predicate || previous.assertion.predicate === predicate) return;
        if (compareTimeSpans(previous.time, current.time) !== -1) return;
        const record = change(graph, 'contrary', changeSide(valenceOf(previous), [previous]), changeSide(valenceOf(current), [current]), previous, current, explain.contrary(previous, current));
        found.set(record.id, record);
      });
    }
  }
  return [...found.values()];
}
