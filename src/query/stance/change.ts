import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { Valence } from '../../model/predicate';
import { shortHash } from '../../model/iri';
import { compareStrings } from '../../util/compare-strings';
import type { Timed } from './explain';
import type { ChangeSide, StanceChange } from './types';

/** A side of a change: the valence and the claims (in time order) on that side. */
export function changeSide(valence: Valence, claims: readonly Timed[]): ChangeSide {
  return {
    valence,
    predicates: [...new Set(claims.map((c) => c.assertion.predicate))].sort(compareStrings),
    assertions: claims.map((c) => c.assertion.id),
  };
}

/**
 * A change record. Its IRI hashes the kind and the two assertion IRIs at the change, as
 * assertion IRIs hash what they claim: the same graph always gives the same ids.
 */
export function change(graph: KnowledgeGraph, kind: StanceChange['kind'], from: ChangeSide, to: ChangeSide, last: Timed, first: Timed, explanation: string): StanceChange {
  const assertions: [string, string] = [last.assertion.id, first.assertion.id];
  return { id: `${graph.base}change/${shortHash(JSON.stringify([kind, ...assertions]))}`, kind, from, to, assertions, explanation };
}
