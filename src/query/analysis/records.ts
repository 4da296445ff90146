import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import type { TextSpan } from '../../model/document';
import type { Contradiction } from '../contradictions';
import type { StanceChange } from '../stance';

/** One claim of a record, as `claimgraph contradictions --json` prints it. */
export interface ClaimRecord {
  /** IRI of the assertion. */
  assertion: string;
  /** The file of its source document. */
  file: string;
  evidence: TextSpan | null;
  /** IRI of the speaker it is attributed to, or `null`. */
  attributedTo: string | null;
}

/**
 * A contradiction or a change with its claims spelled out: the public JSON contract of
 * `claimgraph contradictions --json` (see the README). Changes carry `severity: null`.
 */
export interface AnalysisRecord {
  id: string;
  kind: string;
  severity: 'hard' | 'soft' | null;
  explanation: string;
  claims: ClaimRecord[];
}

/** Contradictions and changes of a graph, as records. */
export interface AnalysisRecords {
  contradictions: AnalysisRecord[];
  changes: AnalysisRecord[];
}

/** How many claims of each side of a change a record cites, nearest the change first. */
const CHANGE_SIDE_CLAIMS = 3;

/**
 * The claims a change cites: first the two its explanation names (the last before it, the
 * first after it), then a few more before it and after it, each side in time order.
 */
function changeClaims(change: StanceChange): string[] {
  const before = change.from.assertions.slice(-CHANGE_SIDE_CLAIMS);
  const after = change.to.assertions.slice(0, CHANGE_SIDE_CLAIMS);
  return [...new Set([...change.assertions, ...before, ...after])];
}

/**
 * Spells out the claims of contradictions and changes — file, evidence and speaker of
 * each assertion — so that the records read without the graph. A change cites the
 * claims on both sides of it, up to three each.
 *
 * @example
 * const records = analysisRecords(graph, { contradictions: contradictions(graph), changes: stanceChanges(graph) });
 * records.contradictions[0].claims[0].evidence?.text  // 'former President Donald Trump'
 */
export function analysisRecords(
  graph: KnowledgeGraph,
  analysis: { contradictions: readonly Contradiction[]; changes: readonly StanceChange[] },
): AnalysisRecords {
  const claims = (ids: readonly string[]): ClaimRecord[] =>
    ids.flatMap((id) => {
      const a = graph.assertion(id);
      if (!a) return [];
      return [{ assertion: id, file: graph.source(a.source)?.file ?? a.source, evidence: a.evidence, attributedTo: a.attributedTo }];
    });
  return {
    contradictions: analysis.contradictions.map((c) => ({ id: c.id, kind: c.kind, severity: c.severity, explanation: c.explanation, claims: claims(c.assertions) })),
    changes: analysis.changes.map((c) => ({ id: c.id, kind: c.kind, severity: null, explanation: c.explanation, claims: claims(changeClaims(c)) })),
  };
}
