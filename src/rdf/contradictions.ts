/**
 * Contradiction records as RDF:
 *
 * ```turtle
 * <…/contradiction/x> a cg:Contradiction; cg:contradictionKind cg:Anachronism; cg:severity cg:Hard;
 *     cg:involves assertion:a, assertion:b; cg:explanation "…"; cg:reference <entity:x/role/…>
 * ```
 *
 * `cg:involves` points to the assertion nodes `toQuads` writes (their IRIs), and
 * `cg:reference` to the role node of the reference fact (its IRI as `toQuads` mints it;
 * a fact the user gave rather than one of the graph's roles is linked, not described).
 */
import type * as RDFJS from '@rdfjs/types';
import { RdfError } from '../errors';
import type { Entity } from '../model/entity';
import type { Contradiction } from '../query/contradictions/types';
import type { RdfFormat } from './format';
import { roleIri } from './mapping';
import { factory } from './n3';
import { NAMESPACES, RDF, cg } from './namespaces';
import { sortQuads } from './order';
import { quadsText } from './serialize';
import { iriProblem } from './syntax';
import { CONTRADICTION_KIND_TERMS, SEVERITY_TERMS } from './vocabulary';

/** Options for {@link contradictionQuads}. */
export interface ContradictionQuadsOptions {
  /** IRI of the named graph to put the records in (default: the default graph). */
  graph?: string;
}

/** Options for {@link contradictionsRdf}. */
export interface ContradictionsRdfOptions {
  /** Syntax (default `turtle`). */
  format?: RdfFormat;
  /** Prefixes added to (or overriding) cg, owl, prov, rdf, rdfs, schema, skos, wd and xsd. */
  prefixes?: Record<string, string>;
}

/**
 * The records as quads, sorted, one `cg:Contradiction` node each.
 *
 * @example
 * const quads = contradictionQuads(contradictions(graph));
 * for (const quad of [...toQuads(graph, { namedGraphs: false }), ...quads]) store.add(quad);
 * @throws {RdfError} when an IRI of a record is not an absolute IRI.
 */
export function contradictionQuads(records: Iterable<Contradiction>, options: ContradictionQuadsOptions = {}): RDFJS.Quad[] {
  const { namedNode, literal, quad, defaultGraph } = factory;
  const graph = options.graph === undefined ? defaultGraph() : namedNode(options.graph);
  const out: RDFJS.Quad[] = [];
  for (const c of records) {
    const node = (iri: string, field: string) => {
      const problem = iriProblem(iri);
      if (problem) throw new RdfError(`contradictionQuads: <${c.id}> ${field}: ${problem}`, { field });
      return namedNode(iri);
    };
    const subject = node(c.id, 'id');
    const add = (p: string, o: RDFJS.Quad_Object) => out.push(quad(subject, namedNode(p), o, graph));
    add(RDF.type, namedNode(cg('Contradiction')));
    add(cg('contradictionKind'), namedNode(cg(CONTRADICTION_KIND_TERMS[c.kind].name)));
    add(cg('severity'), namedNode(cg(SEVERITY_TERMS[c.severity].name)));
    c.assertions.forEach((a, i) => add(cg('involves'), node(a, `assertions[${i}]`)));
    add(cg('explanation'), literal(c.explanation));
    // roleIri reads only the entity's IRI.
    if (c.reference) add(cg('reference'), node(roleIri({ id: c.reference.entity } as Entity, c.reference.role), 'reference'));
  }
  return sortQuads(out);
}

/**
 * The records as an RDF string (default graph), sorted and stable.
 *
 * @example
 * writeFileSync('contradictions.ttl', contradictionsRdf(contradictions(graph), { prefixes: defaultPrefixes(graph.base) }));
 */
export function contradictionsRdf(records: Iterable<Contradiction>, options: ContradictionsRdfOptions = {}): string {
  return quadsText(contradictionQuads(records), { format: options.format ?? 'turtle', prefixes: { ...NAMESPACES, ...options.prefixes } });
}
