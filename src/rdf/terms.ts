/**
 * Plain RDF/JS terms, what the mapping writes: their parts are fields, where n3's
 * literals parse their text again at each `value`, `language` or `datatype` read (and
 * build a new datatype node each time), which costs an export of a million assertions
 * seconds. `toQuads` hands out n3's terms ({@link toN3Term}); the text writer reads
 * these directly.
 */
import type * as RDFJS from '@rdfjs/types';
import { factory } from './n3';
import { RDF } from './namespaces';

class NamedNode implements RDFJS.NamedNode {
  readonly termType = 'NamedNode';
  constructor(readonly value: string) {}
  equals(other: RDFJS.Term | null | undefined): boolean {
    return !!other && other.termType === 'NamedNode' && other.value === this.value;
  }
}

class Literal implements RDFJS.Literal {
  readonly termType = 'Literal';
  readonly direction = '';
  constructor(
    readonly value: string,
    readonly language: string,
    readonly datatype: RDFJS.NamedNode,
  ) {}
  equals(other: RDFJS.Term | null | undefined): boolean {
    return (
      !!other &&
      other.termType === 'Literal' &&
      other.value === this.value &&
      other.language === this.language &&
      !other.direction &&
      other.datatype.value === this.datatype.value
    );
  }
}

class DefaultGraph implements RDFJS.DefaultGraph {
  readonly termType = 'DefaultGraph';
  readonly value = '';
  equals(other: RDFJS.Term | null | undefined): boolean {
    return !!other && other.termType === 'DefaultGraph';
  }
}

const DEFAULT_GRAPH = new DefaultGraph();
const LANG_STRING = new NamedNode(RDF.langString);

class Quad implements RDFJS.Quad {
  readonly termType = 'Quad';
  readonly value = '';
  readonly graph = DEFAULT_GRAPH;
  constructor(
    readonly subject: RDFJS.Quad_Subject,
    readonly predicate: RDFJS.Quad_Predicate,
    readonly object: RDFJS.Quad_Object,
  ) {}
  equals(other: RDFJS.Term | null | undefined): boolean {
    return (
      !!other &&
      other.termType === 'Quad' &&
      this.subject.equals(other.subject) &&
      this.predicate.equals(other.predicate) &&
      this.object.equals(other.object) &&
      this.graph.equals(other.graph)
    );
  }
}

/** An IRI. */
export function namedNode(iri: string): RDFJS.NamedNode {
  return new NamedNode(iri);
}

/** A literal with a language (kept in lower case, as n3 keeps it) or a datatype. */
export function literal(value: string, languageOrDatatype: string | RDFJS.NamedNode): RDFJS.Literal {
  return typeof languageOrDatatype === 'string' ? new Literal(value, languageOrDatatype.toLowerCase(), LANG_STRING) : new Literal(value, '', languageOrDatatype);
}

/** A triple, in the default graph: an RDF 1.2 triple term. */
export function triple(subject: RDFJS.Quad_Subject, predicate: RDFJS.Quad_Predicate, object: RDFJS.Quad_Object): RDFJS.Quad {
  return new Quad(subject, predicate, object);
}

/** The same term made by n3's factory, as `toQuads` hands out (n3's own terms are returned as they are). */
export function toN3Term<T extends RDFJS.Term>(term: T): T {
  return factory.fromTerm(term as never) as T;
}
