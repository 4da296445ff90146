/** Codecs between model values and single RDF terms. */
import type * as RDFJS from '@rdfjs/types';
import { cg, cgLocal, compactIri, XSD } from './namespaces';
import { MappingProblem, type Codec, type ObjectTerm } from './fields';
import { literal, namedNode } from './terms';
import type { EnumerationMember } from './vocabulary';

/** A term as a message shows it: `cg:Person`, `"2024-13"^^xsd:gYearMonth`. */
export function showTerm(term: RDFJS.Term): string {
  if (term.termType === 'NamedNode') return compactIri(term.value);
  if (term.termType !== 'Literal') return term.termType === 'Quad' ? 'a triple term' : `a ${term.termType}`;
  const value = JSON.stringify(term.value.length > 60 ? `${term.value.slice(0, 60)}…` : term.value);
  return term.language ? `${value}@${term.language}` : `${value}^^${compactIri(term.datatype.value)}`;
}

function isLiteralOf(term: ObjectTerm, datatypes: readonly string[]): term is RDFJS.Literal {
  return term.termType === 'Literal' && !term.language && datatypes.includes(term.datatype.value);
}

/** A literal codec: `datatypes[0]` is written, any of `datatypes` is read. */
function typed<T>(datatypes: readonly [string, ...string[]], toLexical: (value: T) => string, fromLexical: (lexical: string) => T | undefined): Codec<T> {
  const [written] = datatypes;
  const datatype = namedNode(written);
  return {
    write: (value) => literal(toLexical(value), datatype),
    read: (term) => {
      const value = isLiteralOf(term, datatypes) ? fromLexical(term.value) : undefined;
      if (value === undefined) throw new MappingProblem(`expected a ${compactIri(written)} literal, got ${showTerm(term)}`);
      return value;
    },
  };
}

/** A plain string (`xsd:string`); language-tagged strings are refused rather than losing their tag. */
export const text = typed<string>([XSD.string], (v) => v, (v) => v);

export const integer = typed<number>(
  [XSD.integer],
  (v) => {
    if (!Number.isSafeInteger(v)) throw new MappingProblem(`${v} is not an integer`);
    return String(v);
  },
  (v) => (/^[+-]?\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : undefined),
);

/**
 * `String(v)` without exponent notation, digit for digit, so that it reads back as the
 * same number (`toFixed` is not enough: it keeps 20 decimals and writes 1e21 with an
 * exponent).
 */
function plainDecimal(v: number): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(String(v));
  if (!match) return String(v);
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A number as `xsd:decimal` (never exponent notation, which xsd:decimal does not allow). */
export const decimal = typed<number>(
  [XSD.decimal, XSD.integer, XSD.double],
  (v) => {
    if (!Number.isFinite(v)) throw new MappingProblem(`${v} is not a finite number`);
    const plain = plainDecimal(v);
    return plain.includes('.') ? plain : `${plain}.0`;
  },
  (v) => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined),
);

export const boolean = typed<boolean>([XSD.boolean], String, (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : undefined));

/** A calendar day `YYYY-MM-DD` as `xsd:date`. */
export const date = typed<string>([XSD.date], (v) => v, (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined));

/** A web address as `xsd:anyURI`: a literal, so that a malformed URL cannot break the syntax. */
export const anyUri = typed<string>([XSD.anyURI], (v) => v, (v) => v);

/** An IRI. */
export const iri: Codec<string> = {
  write: (value) => namedNode(value),
  read: (term) => {
    if (term.termType !== 'NamedNode') throw new MappingProblem(`expected an IRI, got ${showTerm(term)}`);
    return term.value;
  },
};

/** Nodes a {@link cgName} codec keeps; beyond, it starts over. */
const NODES_KEPT = 1024;

/** A `cg:<local>` IRI and its local name (predicates, entity kinds). */
export function cgName(what: string, allowed: (local: string) => boolean = () => true): Codec<string> {
  // A graph has few predicates and kinds, each written many times: one node for each,
  // so that the writer meets the same IRI string again (cheap to find in its caches).
  const nodes = new Map<string, RDFJS.NamedNode>();
  return {
    write: (value) => {
      let node = nodes.get(value);
      if (node) return node;
      if (!value || !allowed(value)) throw new MappingProblem(`"${value}" cannot be ${what}`);
      if (nodes.size >= NODES_KEPT) nodes.clear();
      nodes.set(value, (node = namedNode(cg(value))));
      return node;
    },
    accepts: (term) => term.termType === 'NamedNode' && allowed(cgLocal(term.value) ?? ''),
    read: (term) => {
      const local = term.termType === 'NamedNode' ? cgLocal(term.value) : undefined;
      if (!local || !allowed(local)) throw new MappingProblem(`expected ${what} (a cg: IRI), got ${showTerm(term)}`);
      return local;
    },
  };
}

/** A value of a model enumeration as its `cg:` individual. */
export function enumeration<V extends string>(members: Record<V, EnumerationMember>): Codec<V> {
  const byIri = new Map(Object.entries<EnumerationMember>(members).map(([value, m]) => [cg(m.name), value as V]));
  const nodes = new Map(Object.entries<EnumerationMember>(members).map(([value, m]) => [value, namedNode(cg(m.name))]));
  return {
    write: (value) => {
      const member: EnumerationMember | undefined = members[value];
      if (!member) throw new MappingProblem(`"${value}" is not one of ${Object.keys(members).join(', ')}`);
      return nodes.get(value) ?? namedNode(cg(member.name));
    },
    read: (term) => {
      const value = byIri.get(term.value);
      if (term.termType !== 'NamedNode' || value === undefined) {
        throw new MappingProblem(`expected one of ${[...byIri.keys()].map(compactIri).join(', ')}, got ${showTerm(term)}`);
      }
      return value;
    },
  };
}
