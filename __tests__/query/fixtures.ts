import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus';
import { KnowledgeGraph, type AssertionInput } from '../../src/graph/knowledge-graph';
import type { Assertion } from '../../src/model/assertion';
import { entityIri } from '../../src/model/iri';
import { buildGraph } from '../../src/pipeline/build-graph';
import { parseTimeSpan } from '../../src/time/timespan';
import { claimsGraph } from './claims-graph';

/** IRI of a test entity by label. */
export const iri = (label: string): string => entityIri(label);

/** IRI of a test source by file stem. */
export const doc = (name: string): string => `urn:claimgraph:doc/${name}`;

/**
 * A graph with the given sources (file stem → publication span, or null when undated)
 * and one Person per label.
 */
export function graphOf(sources: Record<string, string | null>, people: string[]): KnowledgeGraph {
  return claimsGraph(sources, [], Object.fromEntries(people.map((label) => [label, []]))).kg;
}

/**
 * Adds `subject predicate object` (labels) from source `name`, valid at `valid`, with the
 * evidence text "<subject> <predicate> <object>" unless `extra` says otherwise.
 */
export function say(kg: KnowledgeGraph, subject: string, predicate: string, object: string, name: string, valid: string | null, extra: Partial<AssertionInput> = {}): Assertion {
  const text = `${subject} ${predicate} ${object}`;
  return kg.addAssertion({
    subject: iri(subject),
    predicate,
    object: { kind: 'entity', id: iri(object) },
    source: doc(name),
    valid: valid === null ? null : parseTimeSpan(valid),
    evidence: { start: 0, end: text.length, text },
    ...extra,
  });
}

/** The graph of the bundled corpus, built once per test file. */
let corpusGraph: Promise<KnowledgeGraph> | undefined;
export function bundledCorpusGraph(): Promise<KnowledgeGraph> {
  corpusGraph ??= loadCorpus(join(__dirname, '..', '..', 'examples', 'corpus')).then(({ documents }) => buildGraph(documents));
  return corpusGraph;
}
