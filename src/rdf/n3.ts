/**
 * A thin typed layer over n3 2.x, which ships no types (`@types/n3` describes 1.x and
 * has no triple terms). It is the only module that touches n3, and it exposes no n3
 * types: everything else sees RDF/JS terms from `@rdfjs/types`.
 */
import type * as RDF from '@rdfjs/types';
import type { Duplex } from 'node:stream';
// @ts-expect-error -- n3 2.x has no declaration file; the types below describe what we use.
import * as n3 from 'n3';

/** n3's names of the syntaxes claimgraph reads and writes. */
export type N3Format = 'Turtle' | 'TriG' | 'N-Quads';

export interface N3WriterOptions {
  format: N3Format;
  /** Prefix name → namespace IRI; ignored by N-Quads. */
  prefixes?: Record<string, string>;
  /** Written as `@version "…"` (Turtle, TriG) or `VERSION "…"` (N-Quads). */
  version?: string;
}

export interface N3ParserOptions {
  format: N3Format;
  baseIRI?: string;
}

/** An error raised by n3's lexer or parser; `context.line` is 1-based. */
export interface N3SyntaxError extends Error {
  context?: { line?: number };
}

interface N3Writer {
  addQuad(quad: RDF.Quad): void;
  end(done: (error: Error | null, result: string) => void): void;
}

const lib = n3 as {
  DataFactory: RDF.DataFactory;
  Parser: new (options: N3ParserOptions) => { parse(text: string): RDF.Quad[] };
  Writer: new (options: N3WriterOptions) => N3Writer;
  StreamWriter: new (options: N3WriterOptions) => Duplex;
  StreamParser: new (options: N3ParserOptions) => Duplex;
};

/** n3's RDF/JS data factory; its quads may stand as objects (RDF 1.2 triple terms). */
export const factory: RDF.DataFactory = lib.DataFactory;

/** Serializes quads into one string, synchronously. For small inputs only. */
export function quadsToString(quads: Iterable<RDF.Quad>, options: N3WriterOptions): string {
  const writer = new lib.Writer(options);
  for (const quad of quads) writer.addQuad(quad);
  let text = '';
  writer.end((error, result) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

/** Parses a whole string, synchronously. For small inputs only. */
export function quadsFromString(text: string, options: N3ParserOptions): RDF.Quad[] {
  return new lib.Parser(options).parse(text);
}

/** A transform from quads (object mode) to text chunks. */
export function createStreamWriter(options: N3WriterOptions): Duplex {
  return new lib.StreamWriter(options);
}

/** A transform from text chunks to quads (object mode); syntax errors are `N3SyntaxError`s. */
export function createStreamParser(options: N3ParserOptions): Duplex {
  return new lib.StreamParser(options);
}
