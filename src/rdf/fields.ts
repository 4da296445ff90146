/**
 * The machinery of the mapping: a *shape* is a list of fields, and each field knows
 * both how to write part of a record as properties of its node and how to read it
 * back. Writer and reader are driven by the same shapes (see `mapping.ts`), so every
 * property is named once.
 */
import type * as RDFJS from '@rdfjs/types';
import { RdfError } from '../errors';
import { namedNode } from './terms';
import { compactIri } from './namespaces';
import type { RdfProfile } from './format';

export type ObjectTerm = RDFJS.Quad_Object;

/** A value that does not fit its property; the message is completed with node and property. */
export class MappingProblem extends Error {}

/** Converts one model value to one RDF term and back. */
export interface Codec<T> {
  write(value: T): ObjectTerm;
  /** @throws {MappingProblem} when the term is not a value of this codec. */
  read(term: ObjectTerm): T;
  /** Which values of the property this codec reads; others are left for the ignored count. */
  accepts?(term: ObjectTerm): boolean;
}

/** What a field writes to: the node being described, and further nodes it links to. */
export interface Emitter {
  readonly subject: string;
  readonly profile: RdfProfile;
  add(predicate: string, object: ObjectTerm): void;
  node<C>(subject: string, shape: Shape<C>, record: C): void;
}

/**
 * A node being read. Fields *take* the values they understand, so that whatever no
 * field took can be counted as ignored.
 */
export interface NodeReader {
  readonly iri: string;
  take(predicate: string, accepts?: (term: ObjectTerm) => boolean): ObjectTerm[];
  /** Another node of the input, e.g. a role the entity links to. */
  node(iri: string, from: string): NodeReader;
  /** @throws {RdfError} naming this node and `predicate`. */
  fail(predicate: string, message: string): never;
}

export interface Field<R> {
  write(record: R, out: Emitter): void;
  read(node: NodeReader): Partial<R>;
}

export type Shape<R> = readonly Field<R>[];

/** Writes every field of `record`. */
export function writeShape<R>(shape: Shape<R>, record: R, out: Emitter): void {
  for (const field of shape) field.write(record, out);
}

/** Reads a whole record; the shape's fields together cover all its keys. */
export function readShape<R>(shape: Shape<R>, node: NodeReader): R {
  return Object.assign({}, ...shape.map((field) => field.read(node))) as R;
}

/** The term for `value`, turning a {@link MappingProblem} into an RdfError about the node. */
export function toTerm<T>(out: Emitter, predicate: string, codec: Codec<T>, value: T): ObjectTerm {
  try {
    return codec.write(value);
  } catch (error) {
    if (!(error instanceof MappingProblem)) throw error;
    throw new RdfError(`toQuads: <${out.subject}> ${compactIri(predicate)}: ${error.message}`, { field: predicate });
  }
}

/** Writes `value` as the object of `predicate`. */
export function encode<T>(out: Emitter, predicate: string, codec: Codec<T>, value: T): void {
  out.add(predicate, toTerm(out, predicate, codec, value));
}

/** Decodes `term`, turning a {@link MappingProblem} into an RdfError about the node. */
export function decode<T>(node: NodeReader, predicate: string, codec: Codec<T>, term: ObjectTerm): T {
  try {
    return codec.read(term);
  } catch (error) {
    if (error instanceof MappingProblem) node.fail(predicate, error.message);
    throw error;
  }
}

/** The one value of `predicate`, `undefined` when there is none; more than one is an error. */
export function single<T>(node: NodeReader, predicate: string, codec: Codec<T>): T | undefined {
  const terms = node.take(predicate, codec.accepts?.bind(codec));
  if (terms.length > 1) node.fail(predicate, `has ${terms.length} values; expected one`);
  return terms[0] === undefined ? undefined : decode(node, predicate, codec, terms[0]);
}

type Element<T> = T extends readonly (infer E)[] ? E : never;

/** A one-key partial record, what a field's `read` returns. */
export function entry<R, K extends keyof R>(key: K, value: R[K]): Partial<R> {
  return { [key]: value } as unknown as Partial<R>;
}

/** Field builders for records of type `R`, so that keys and codecs type-check. */
export function fieldsOf<R>() {
  const set = entry<R, keyof R>;
  return {
    /** The node's own IRI. */
    subject(key: keyof R): Field<R> {
      return { write: () => {}, read: (node) => set(key, node.iri as R[keyof R]) };
    },

    /** A fixed value, such as the node's class. */
    constant(predicate: string, iri: string): Field<R> {
      const accepts = (t: ObjectTerm) => t.termType === 'NamedNode' && t.value === iri;
      const node = namedNode(iri);
      return {
        write: (_, out) => out.add(predicate, node),
        read: (node) => (node.take(predicate, accepts), {}),
      };
    },

    /** Exactly one value; when absent, `fallback` if given, else an error. */
    one<K extends keyof R>(key: K, predicate: string, codec: Codec<R[K]>, fallback?: R[K]): Field<R> {
      return {
        write: (record, out) => encode(out, predicate, codec, record[key]),
        read: (node) => {
          const value = single(node, predicate, codec) ?? fallback;
          return value === undefined ? node.fail(predicate, 'is missing') : set(key, value);
        },
      };
    },

    /** At most one value; `null` in the record when absent. */
    optional<K extends keyof R>(key: K, predicate: string, codec: Codec<NonNullable<R[K]>>): Field<R> {
      return {
        write: (record, out) => {
          const value = record[key];
          if (value !== null && value !== undefined) encode(out, predicate, codec, value);
        },
        read: (node) => set(key, (single(node, predicate, codec) ?? null) as R[K]),
      };
    },

    /** Any number of values, as an array (the graph sorts and de-duplicates it). */
    many<K extends keyof R>(key: K, predicate: string, codec: Codec<Element<R[K]>>): Field<R> {
      return {
        write: (record, out) => {
          for (const value of record[key] as Iterable<Element<R[K]>>) encode(out, predicate, codec, value);
        },
        read: (node) =>
          set(key, node.take(predicate, codec.accepts?.bind(codec)).map((t) => decode(node, predicate, codec, t)) as R[K]),
      };
    },

    /** Records of their own, each a node linked by `predicate` under an IRI from `mint`. */
    nodes<K extends keyof R>(key: K, predicate: string, shape: Shape<Element<R[K]>>, mint: (owner: R, child: Element<R[K]>) => string): Field<R> {
      return {
        write: (record, out) => {
          for (const child of record[key] as Iterable<Element<R[K]>>) {
            const iri = mint(record, child);
            out.add(predicate, namedNode(iri));
            out.node(iri, shape, child);
          }
        },
        read: (node) => {
          const children = node.take(predicate).map((t) => {
            if (t.termType !== 'NamedNode') node.fail(predicate, `expected an IRI, got ${t.termType}`);
            return readShape(shape, node.node(t.value, predicate));
          });
          return set(key, children as R[K]);
        },
      };
    },

    /** A sub-record described on the same node (e.g. a source's publication time). */
    nested<K extends keyof R>(key: K, shape: Shape<R[K]>): Field<R> {
      return {
        write: (record, out) => writeShape(shape, record[key], out),
        read: (node) => set(key, readShape(shape, node)),
      };
    },
  };
}
