import type * as RDFJS from '@rdfjs/types';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { writeShape, type Emitter, type ObjectTerm, type Shape } from './fields';
import type { RdfProfile } from './format';
import { ASSERTION, ENTITY, SOURCE } from './mapping';
import { factory } from './n3';
import { compareStrings } from '../util/compare-strings';
import { RdfError } from '../errors';
import { compactIri } from './namespaces';
import { sortQuads } from './order';
import { iriProblem } from './syntax';

/** Options for {@link toQuads}. */
export interface ToQuadsOptions {
  /** How assertions are written (default `rdf11`). */
  profile?: RdfProfile;
  /**
   * Put each source document's assertions in the named graph of that document (default
   * `true`, for TriG and N-Quads); documents and entities stay in the default graph.
   * `false` puts everything in the default graph, as Turtle needs.
   */
  namedGraphs?: boolean;
}

/** One subject's description in one graph; `quads` runs when the description is written. */
interface Description {
  graph: string;
  subject: string;
  quads: () => RDFJS.Quad[];
}

/** Why `term` cannot be written, or `undefined`: each IRI in it, a literal's datatype included, must be an absolute IRI. */
function termProblem(term: RDFJS.Term): string | undefined {
  switch (term.termType) {
    case 'NamedNode':
      return iriProblem(term.value);
    case 'Literal':
      return iriProblem(term.datatype.value);
    case 'Quad':
      return termProblem(term.subject) ?? termProblem(term.predicate) ?? termProblem(term.object);
    default:
      return undefined;
  }
}

/** The quads describing `record` as `subject`, and those of the nodes it links to (roles), by subject. */
function describe<R>(graph: string, subject: string, shape: Shape<R>, record: R, profile: RdfProfile): Map<string, RDFJS.Quad[]> {
  const { namedNode, quad, defaultGraph } = factory;
  const graphTerm = graph ? namedNode(graph) : defaultGraph();
  const described = new Map<string, RDFJS.Quad[]>();
  const write = <C>(s: string, nodeShape: Shape<C>, nodeRecord: C): void => {
    const quads: RDFJS.Quad[] = [];
    described.set(s, quads);
    const subjectProblem = iriProblem(s);
    if (subjectProblem) throw new RdfError(`toQuads: <${s}>: ${subjectProblem}`);
    const subjectTerm = namedNode(s);
    const out: Emitter = {
      subject: s,
      profile,
      add: (p: string, o: ObjectTerm) => {
        const problem = termProblem(o);
        if (problem) throw new RdfError(`toQuads: <${s}> ${compactIri(p)}: ${problem}`, { field: p });
        quads.push(quad(subjectTerm, namedNode(p), o, graphTerm));
      },
      node: write,
    };
    writeShape(nodeShape, nodeRecord, out);
  };
  write(subject, shape, record);
  return described;
}

/**
 * The graph as quads, in canonical order (graph, subject, predicate, object; see
 * `order.ts`) so that equal graphs give identical output. No blank nodes: every node
 * has a deterministic IRI. Assertions are described when reached, so a large graph is
 * never held as quads all at once.
 *
 * @example
 * for (const quad of toQuads(graph, { profile: 'rdf12' })) store.add(quad);
 * @throws {RdfError} when a value cannot be written losslessly (e.g. a language-tagged
 *   literal whose datatype is not rdf:langString) or is not valid RDF (an IRI that is not
 *   an absolute IRI, a language tag that is not BCP 47).
 */
export function* toQuads(graph: KnowledgeGraph, options: ToQuadsOptions = {}): Generator<RDFJS.Quad> {
  const profile = options.profile ?? 'rdf11';
  const named = options.namedGraphs ?? true;
  const eager = <R>(id: string, shape: Shape<R>, record: R): Description[] =>
    [...describe('', id, shape, record, profile)].map(([subject, quads]) => ({ graph: '', subject, quads: () => quads }));
  const descriptions: Description[] = [
    // Sources and entities are few; assertions are many, so they are described lazily.
    ...graph.sources().flatMap((s) => eager(s.id, SOURCE, s)),
    ...graph.entities().flatMap((e) => eager(e.id, ENTITY, e)),
    ...graph.assertions().map((a): Description => {
      const g = named ? a.source : '';
      return { graph: g, subject: a.id, quads: () => describe(g, a.id, ASSERTION, a, profile).get(a.id)! };
    }),
  ];
  descriptions.sort((a, b) => compareStrings(a.graph, b.graph) || compareStrings(a.subject, b.subject));
  for (const d of descriptions) yield* sortQuads(d.quads());
}
