import type * as RDFJS from '@rdfjs/types';
import { GraphError, RdfError } from '../errors';
import { KnowledgeGraph } from '../graph/knowledge-graph';
import { readShape, type NodeReader, type ObjectTerm } from './fields';
import { ASSERTION, ENTITY, isEntityClass, NODE_CLASSES, SOURCE } from './mapping';
import { compactIri, PROV, RDF, RDFS } from './namespaces';
import { compareStrings } from '../util/compare-strings';

/** Options for {@link fromQuads}. */
export interface FromQuadsOptions {
  /** Base for IRIs the returned graph mints later (default the graph's default base). */
  base?: string;
  /** Named in error messages. */
  file?: string;
}

/** What an import gives back: the graph, and what of the input it did not use. */
export interface RdfImport {
  graph: KnowledgeGraph;
  /** Number of triples that describe nothing claimgraph knows; they are not in the graph. */
  ignored: number;
  /** One line per predicate of the ignored triples, e.g. `ignored 3 triples with predicate dct:subject`. */
  warnings: string[];
}

/** A node's values by predicate; arrays, as a predicate rarely has more than a few. */
type Values = Map<string, ObjectTerm[]>;

/** The property to blame for a GraphError about a field. */
const GRAPH_FIELDS: Record<string, string> = {
  label: RDFS.label,
  source: PROV.wasDerivedFrom,
  subject: RDF.subject,
  object: RDF.object,
  attributedTo: PROV.wasAttributedTo,
};

/**
 * Quads grouped by subject, ready to be read as a graph. Filled one quad at a time, so a
 * parser can stream into it. Graph names are not kept: a document's assertions are
 * recognised by `prov:wasDerivedFrom`, wherever they stand.
 */
export class QuadIndex {
  readonly #nodes = new Map<string, Values>();
  /** Triples about blank nodes: claimgraph mints an IRI for everything it writes. */
  readonly #blank = new Map<string, number>();

  add(quad: RDFJS.Quad): void {
    const p = quad.predicate.value;
    if (quad.subject.termType !== 'NamedNode') {
      this.#blank.set(p, (this.#blank.get(p) ?? 0) + 1);
      return;
    }
    let node = this.#nodes.get(quad.subject.value);
    if (!node) this.#nodes.set(quad.subject.value, (node = new Map()));
    const values = node.get(p);
    if (!values) node.set(p, [quad.object]);
    else if (!values.some((v) => v.equals(quad.object))) values.push(quad.object); // the same triple in two graphs counts once
  }

  /**
   * Reads the indexed quads as a graph. Reading takes values out of the index (what is
   * left is what was ignored), so build once.
   *
   * @param caller Function name that starts error messages.
   * @throws {RdfError} naming the node and property that do not describe a valid graph.
   */
  build(options: FromQuadsOptions = {}, caller = 'fromQuads'): RdfImport {
    const where = options.file ? `${options.file}: ` : '';
    const fail = (iri: string, property: string, message: string): never => {
      throw new RdfError(`${caller}: ${where}<${iri}> ${compactIri(property)}: ${message}`, { field: property, ...(options.file && { file: options.file }) });
    };
    const reader = (iri: string): NodeReader => {
      const values: Values = this.#nodes.get(iri) ?? new Map();
      return {
        iri,
        take(predicate, accepts) {
          const all = values.get(predicate) ?? [];
          const taken = accepts ? all.filter(accepts) : all;
          const kept = accepts ? all.filter((t) => !accepts(t)) : [];
          if (kept.length) values.set(predicate, kept);
          else values.delete(predicate);
          return taken;
        },
        node: (other, from) => (this.#nodes.has(other) ? reader(other) : fail(iri, from, `links to <${other}>, which is not described`)),
        fail: (predicate, message) => fail(iri, predicate, message),
      };
    };

    // Classify every node by its rdf:type before reading, so that reading can take the types.
    const kinds = { source: [] as string[], entity: [] as string[], assertion: [] as string[] };
    for (const [iri, values] of [...this.#nodes].sort(([a], [b]) => compareStrings(a, b))) {
      const types = (values.get(RDF.type) ?? []).map((t) => t.value);
      const found = (['source', 'assertion', 'entity'] as const).filter((k) =>
        k === 'entity' ? types.some(isEntityClass) : types.includes(NODE_CLASSES[k]),
      );
      if (found.length > 1) fail(iri, RDF.type, `makes it both ${found.join(' and ')}`);
      if (found[0]) kinds[found[0]].push(iri);
    }

    const graph = new KnowledgeGraph(options.base ? { base: options.base } : {});
    // The graph checks references (unknown entity, unknown source): report them on the node.
    const add = (iri: string, action: () => unknown): void => {
      try {
        action();
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        fail(iri, GRAPH_FIELDS[error.field ?? ''] ?? RDF.type, error.message);
      }
    };
    // Sources and entities first: assertions refer to them.
    for (const iri of kinds.source) graph.addSource(readShape(SOURCE, reader(iri)));
    for (const iri of kinds.entity) add(iri, () => graph.addEntity(readShape(ENTITY, reader(iri))));
    for (const iri of kinds.assertion) add(iri, () => graph.addAssertion(readShape(ASSERTION, reader(iri))));

    // Whatever no field took was not understood.
    const left = new Map(this.#blank);
    for (const values of this.#nodes.values()) for (const [p, terms] of values) left.set(p, (left.get(p) ?? 0) + terms.length);
    const warnings = [...left]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([p, n]) => `ignored ${n} triple${n === 1 ? '' : 's'} with predicate ${compactIri(p)}`);
    return { graph, ignored: [...left.values()].reduce((a, b) => a + b, 0), warnings };
  }
}

/**
 * Rebuilds a graph from quads written by {@link toQuads} (either profile, any graphs).
 * Triples it does not understand are left out and counted in `ignored` / `warnings`
 * rather than failing the import; data that claims to be a source, entity or assertion
 * but is not a valid one is an error.
 *
 * @example
 * const { graph, ignored, warnings } = fromQuads(store.match());
 * if (ignored) console.warn(warnings.join('\n'));
 * @throws {RdfError} naming the node and property at fault.
 */
export function fromQuads(quads: Iterable<RDFJS.Quad>, options: FromQuadsOptions = {}): RdfImport {
  const index = new QuadIndex();
  for (const quad of quads) index.add(quad);
  return index.build(options);
}
