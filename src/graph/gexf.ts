import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { PREDICATES } from '../extract/claims/vocabulary/predicates';
import type { PredicateDefinition } from '../model/predicate';
import { compareStrings } from '../util/compare-strings';
import type { KnowledgeGraph } from './knowledge-graph';

/** Options for {@link graphToGexf}. */
export interface GexfOptions {
  /** The vocabulary giving each edge its label and valence (default: the built-in `PREDICATES`). */
  predicates?: readonly PredicateDefinition[];
}

/** A node as written: the entity's label, plus columns Gephi can partition and size by. */
export interface GexfNodeAttributes {
  label: string;
  /** The entity's kind: `Person`, `Country` … */
  kind: string;
  /** How many assertions name the entity as subject or object (literal-valued ones included). */
  assertions: number;
}

/** An edge as written: one entity-to-entity assertion in flat columns. */
export interface GexfEdgeAttributes {
  /** The predicate's label from the vocabulary (`holds a phone call with`), else its id. */
  label: string;
  predicate: string;
  /** `cooperative`, `hostile` or `neutral`; empty for a predicate the vocabulary does not know. */
  valence: string;
  polarity: string;
  modality: string;
  /** The valid time (`2024-03-25`, `2022-02/..`), empty when the source gives none. */
  valid: string;
  /** First and last day the valid time may cover (`YYYY-MM-DD`), empty when unknown or open. */
  start: string;
  end: string;
  /** The file of the source document. */
  source: string;
  /** The assertion's confidence, 0–1. */
  weight: number;
}

/** XML 1.0 cannot hold most C0 controls, nor U+FFFE / U+FFFF; the graph can, so they become U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/**
 * The graph's network as GEXF (1.2), for Gephi and the other tools that read it: a node
 * per entity, a directed edge per entity-to-entity assertion (keyed by their IRIs), with
 * flat attributes — nodes `label`, `kind`, `assertions`; edges `label`, `predicate`,
 * `valence`, `polarity`, `modality`, `valid`, `start`, `end`, `source` and `weight`
 * (the confidence). Empty values are left out, as GEXF allows. Literal-valued assertions
 * relate nothing and are not edges (they count in `assertions`). Nodes and edges are
 * sorted by IRI: the same graph always gives the same text.
 *
 * GEXF has no room for time with open ends or granularity, so `start`/`end` are plain
 * day strings rather than GEXF dynamics (Gephi can turn them into a time interval).
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('corpus.gexf', graphToGexf(buildGraph(documents)));
 */
export function graphToGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  const vocabulary = new Map((options.predicates ?? PREDICATES).map((p) => [p.id, p]));
  const network = graph.network;
  const flat = new MultiDirectedGraph<GexfNodeAttributes, GexfEdgeAttributes>();
  flat.setAttribute('creator', 'claimgraph');
  for (const id of network.nodes().sort(compareStrings)) {
    const entity = network.getNodeAttributes(id);
    flat.addNode(xmlText(id), { label: xmlText(entity.label), kind: xmlText(entity.kind), assertions: graph.assertionsOf(id).length });
  }
  for (const id of network.edges().sort(compareStrings)) {
    const a = network.getEdgeAttributes(id);
    const definition = vocabulary.get(a.predicate);
    flat.addDirectedEdgeWithKey(xmlText(id), xmlText(network.source(id)), xmlText(network.target(id)), {
      label: xmlText(definition?.label ?? a.predicate),
      predicate: xmlText(a.predicate),
      valence: definition?.valence ?? '',
      polarity: a.polarity,
      modality: a.modality,
      valid: a.valid?.value ?? '',
      start: a.valid?.earliest ?? '',
      end: a.valid?.latest ?? '',
      source: xmlText(graph.source(a.source)?.file ?? ''),
      weight: a.confidence,
    });
  }
  return write(flat, {
    formatNode: (_key, { label, ...attributes }) => ({ label, attributes }),
    formatEdge: (_key, { label, weight, ...attributes }) => ({ label, weight, attributes }),
  });
}
