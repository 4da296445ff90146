import { basename } from 'node:path';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Assertion } from '../model/assertion';

/** The label of an entity IRI, or the IRI when the graph does not hold it. */
export const labelOf = (graph: KnowledgeGraph, id: string): string => graph.entity(id)?.label ?? id;

/** `Vladimir Putin phoneCall Benjamin Netanyahu`, `Israel kills "45"`, with "not" for a denied claim. */
export function claimLine(graph: KnowledgeGraph, a: Assertion): string {
  const object = a.object.kind === 'entity' ? labelOf(graph, a.object.id) : `"${a.object.value}"`;
  return `${labelOf(graph, a.subject)} ${a.polarity === 'denied' ? 'not ' : ''}${a.predicate} ${object}`;
}

/** The file name of the assertion's source. */
export function sourceFile(graph: KnowledgeGraph, a: Assertion): string {
  return basename(graph.source(a.source)?.file ?? a.source);
}

/** The evidence, cut to `max` characters. */
export function excerpt(a: Assertion, max = 80): string {
  const text = a.evidence?.text.replace(/\s+/g, ' ') ?? '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
