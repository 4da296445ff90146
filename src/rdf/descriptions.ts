/**
 * The graph as *descriptions* — one subject's properties in one graph — in canonical
 * order: by graph, then subject, each description's properties by predicate
 * (`rdf:type` first), then object (see `order.ts`). `toQuads` turns them into quads and
 * `writeRdf` straight into text. Assertions are described one at a time as they are
 * reached, so a large graph is never held described.
 */
import type * as RDFJS from '@rdfjs/types';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { Assertion } from '../model/assertion';
import { RdfError } from '../errors';
import { writeShape, type Emitter, type ObjectTerm, type Shape } from './fields';
import type { RdfProfile } from './format';
import { ASSERTION, ENTITY, SOURCE } from './mapping';
import { compactIri } from './namespaces';
import { compareProperties } from './order';
import { iriProblem } from './syntax';
import { compareStrings } from '../util/compare-strings';

/**
 * One property of a subject: a predicate IRI and its object. A class, not an object
 * literal: V8 moves the allocations of a literal whose objects mostly survive (as the
 * source and entity descriptions, which are kept, do) to the old generation, where every
 * assertion's properties would then pile up as garbage until a full collection.
 */
export class Property {
  constructor(
    readonly predicate: string,
    readonly object: ObjectTerm,
  ) {}
}

/** One subject's properties in one graph (`''`: the default graph), sorted and without duplicates. */
export interface Description {
  graph: string;
  subject: string;
  properties: Property[];
}

/** Options for {@link describeGraph}. */
export interface DescribeOptions {
  profile: RdfProfile;
  /** Put each source document's assertions in the named graph of that document. */
  namedGraphs: boolean;
}

/** Checks that IRIs can be written. Objects and datatypes repeat (entities, sources, vocabulary terms): each distinct one is checked once. */
class IriCheck {
  readonly #valid = new Set<string>();

  /** Why `term` cannot be written, or `undefined`: each IRI in it, a literal's datatype included, must be an absolute IRI. */
  termProblem(term: RDFJS.Term): string | undefined {
    switch (term.termType) {
      case 'NamedNode':
        return this.#problem(term.value);
      case 'Literal':
        return this.#problem(term.datatype.value);
      case 'Quad':
        return this.termProblem(term.subject) ?? this.termProblem(term.predicate) ?? this.termProblem(term.object);
      default:
        return undefined;
    }
  }

  #problem(iri: string): string | undefined {
    if (this.#valid.has(iri)) return undefined;
    const problem = iriProblem(iri);
    if (!problem) this.#valid.add(iri);
    return problem;
  }
}

/** What a shape writes one node to (a class: an emitter of closures per assertion costs time and garbage). */
class NodeWriter implements Emitter {
  readonly properties: Property[] = [];

  constructor(
    readonly subject: string,
    readonly profile: RdfProfile,
    private readonly check: IriCheck,
    private readonly nodes: Map<string, Property[]> | undefined,
  ) {}

  add(predicate: string, object: ObjectTerm): void {
    const problem = this.check.termProblem(object);
    if (problem) throw new RdfError(`toQuads: <${this.subject}> ${compactIri(predicate)}: ${problem}`, { field: predicate });
    this.properties.push(new Property(predicate, object));
  }

  node<C>(subject: string, shape: Shape<C>, record: C): void {
    describe(subject, shape, record, this.profile, this.check, this.nodes);
  }
}

/**
 * The properties of `record` as `subject` (unsorted). The nodes it links to (roles) are
 * described too, and put in `nodes` under their IRIs, after `subject`, in the order
 * reached; without `nodes` they are only checked. Subjects are mostly met once, so
 * they are checked each time.
 */
function describe<R>(subject: string, shape: Shape<R>, record: R, profile: RdfProfile, check: IriCheck, nodes?: Map<string, Property[]>): Property[] {
  const out = new NodeWriter(subject, profile, check, nodes);
  nodes?.set(subject, out.properties);
  const problem = iriProblem(subject);
  if (problem) throw new RdfError(`toQuads: <${subject}>: ${problem}`);
  writeShape(shape, record, out);
  return out.properties;
}

/**
 * The properties sorted (see `order.ts`), in place, a duplicate dropped after the first
 * of its equals. Insertion sort: a node has some twenty properties, written nearly in order.
 */
function sorted(properties: Property[]): Property[] {
  let kept = 0;
  for (let i = 0; i < properties.length; i++) {
    const property = properties[i]!;
    let at = kept;
    let order = 1;
    while (at > 0 && (order = compareProperties(properties[at - 1]!, property)) > 0) {
      properties[at] = properties[at - 1]!;
      at--;
    }
    if (at > 0 && order === 0) {
      for (let k = at; k < kept; k++) properties[k] = properties[k + 1]!; // a duplicate: shift back
      continue;
    }
    properties[at] = property;
    kept++;
  }
  properties.length = kept;
  return properties;
}

/**
 * The graph's descriptions in canonical order. Sources and entities (few) are described
 * at the first step, assertions (many) one by one: those of the default graph merged in
 * IRI order with sources and entities, those of named graphs (one per source document)
 * after them, graph by graph.
 *
 * @throws {RdfError} when a value cannot be written (see `toQuads`), on reaching it.
 */
export function* describeGraph(graph: KnowledgeGraph, options: DescribeOptions): Generator<Description> {
  const { profile } = options;
  const check = new IriCheck();
  const eager = <R>(id: string, shape: Shape<R>, record: R): Description[] => {
    const nodes = new Map<string, Property[]>();
    describe(id, shape, record, profile, check, nodes);
    // Copies, kept to the end: were these arrays the ones `describe` makes, V8 would take its
    // array for long-lived and make every assertion's there in the old generation.
    return [...nodes].map(([subject, properties]) => ({ graph: '', subject, properties: sorted(properties).slice() }));
  };
  const assertion = (g: string, a: Assertion): Description => ({ graph: g, subject: a.id, properties: sorted(describe(a.id, ASSERTION, a, profile, check)) });

  const nodes = [...graph.sources().flatMap((s) => eager(s.id, SOURCE, s)), ...graph.entities().flatMap((e) => eager(e.id, ENTITY, e))];
  nodes.sort((a, b) => compareStrings(a.subject, b.subject)); // stable: sources before entities of the same IRI
  if (options.namedGraphs) {
    yield* nodes;
    for (const source of graph.sources()) for (const a of graph.assertionsFrom(source.id)) yield assertion(source.id, a);
    return;
  }
  // Both lists are sorted by subject: merge them, sources and entities first on a tie.
  let i = 0;
  for (const a of graph.assertions()) {
    while (i < nodes.length && compareStrings(nodes[i]!.subject, a.id) <= 0) yield nodes[i++]!;
    yield assertion('', a);
  }
  yield* nodes.slice(i);
}
