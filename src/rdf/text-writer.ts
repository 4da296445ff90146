/**
 * A serializer that writes, byte for byte, what n3's Writer writes (Turtle, TriG,
 * N-Quads, as n3 2.x does with the options `serialize.ts` gives it), without going
 * through n3's object-mode stream one quad at a time. It is a port of the parts of
 * `n3/src/N3Writer.js` that claimgraph's terms reach: IRIs, literals and triple terms,
 * never blank nodes, no base IRI. Its regular expressions are n3's, kept as they are
 * (even where they look odd, e.g. U+001A–U+001F are not escaped in Turtle), so that the
 * bytes stay the same; tests compare the two writers on random terms.
 */
import type * as RDFJS from '@rdfjs/types';
import { RdfError } from '../errors';
import type { N3WriterOptions } from './n3';
import { RDF, XSD } from './namespaces';

// ── n3's character classes and escapes (N3Writer.js) ──────────────────────────────────

/** Turtle and TriG: what must be escaped (astral characters too, as `\U…`). */
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
/** N-Quads, canonical: U+0000–U+001F, `"`, `\`, U+007F, U+FFFE and U+FFFF. */
const CANONICAL_ESCAPE = /[^ !#-\[\]-~\u0080-\uFFFD]/;
const CANONICAL_ESCAPE_ALL = /[^ !#-\[\]-~\u0080-\uFFFD]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };

/** A version label is written as it is, so it cannot hold what would need escaping. */
const INVALID_VERSION_LABEL = /["\\\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/** A PN_LOCAL as n3 writes one after a prefix that is already in the IRI (see `#encodeIri`). */
const LOCAL_NAME_START =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' + '\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD_:0-9';
const LOCAL_NAME_CHAR = `${LOCAL_NAME_START}\\-\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const PERCENT = '%[0-9A-Fa-f]{2}';
const LOCAL_NAME = new RegExp(`^(?:(?:[${LOCAL_NAME_START}]|${PERCENT})(?:(?:[${LOCAL_NAME_CHAR}.]|${PERCENT})*(?:[${LOCAL_NAME_CHAR}]|${PERCENT}))?)?$`);

/** n3's `characterReplacer`: a short escape, else `\uXXXX`, or `\UXXXXXXXX` for a surrogate pair (lower-case hex). */
function turtleEscape(character: string): string {
  const short = ESCAPED[character];
  if (short !== undefined) return short;
  if (character.length === 1) return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const codePoint = (character.charCodeAt(0) - 0xd800) * 0x400 + character.charCodeAt(1) + 0x2400;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

/** n3's `canonicalCharacterReplacer`: a short escape, else `\uXXXX` (upper-case hex). */
function canonicalEscape(character: string): string {
  return ESCAPED[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** n3's `escapeRegex`, for the prefix matcher. */
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Encoded IRIs kept at most; beyond, the cache starts over (IRIs that repeat come back quickly). */
const CACHE_LIMIT = 1 << 16;

/**
 * Turns quads, given in the order they are to be written, into text. Each call returns
 * the text that follows what earlier calls returned; `start()` comes first and `end()`
 * last. Named nodes and graphs are given as IRI strings, the default graph as `''`.
 *
 * @example
 * const writer = new TextWriter({ format: 'Turtle', prefixes: { ex: 'http://example.org/' } });
 * let text = writer.start();
 * text += writer.quad('', 'http://example.org/a', RDF.type, namedNode('http://example.org/B'));
 * text += writer.end(); // '@prefix ex: <http://example.org/>.\n\nex:a a ex:B.\n'
 */
export class TextWriter {
  readonly #lineMode: boolean;
  readonly #escape: RegExp;
  readonly #escapeAll: RegExp;
  readonly #replacer: (character: string) => string;
  readonly #header: string;
  /** Prefix name (with its colon) by namespace IRI, as n3's `_prefixIRIs`. */
  readonly #prefixIris: Record<string, string> = Object.create(null) as Record<string, string>;
  /** n3's prefix matcher: a namespace then a simple local name, or a prefixed name already. `null`: no prefixes. */
  readonly #prefixRegex: RegExp | null = null;
  /** Encoded IRIs (objects, predicates, datatypes, graphs repeat: prefix matching runs once per IRI). */
  readonly #cache = new Map<string, string>();
  /** The statement being written (Turtle, TriG): its graph, subject (`null` when none is open) and predicate. */
  #graph = '';
  #subject: string | null = null;
  #predicate = '';
  /** The last subject and its text (N-Quads repeat it on every line). */
  #lastSubject: string | null = null;
  #lastSubjectText = '';

  constructor(options: N3WriterOptions) {
    if (options.version && INVALID_VERSION_LABEL.test(options.version)) throw new RdfError(`Invalid version label: ${JSON.stringify(options.version)}`);
    this.#lineMode = options.format === 'N-Quads';
    if (this.#lineMode) {
      [this.#escape, this.#escapeAll, this.#replacer] = [CANONICAL_ESCAPE, CANONICAL_ESCAPE_ALL, canonicalEscape];
      this.#header = options.version ? `VERSION "${options.version}"\n` : '';
      return;
    }
    [this.#escape, this.#escapeAll, this.#replacer] = [ESCAPE, ESCAPE_ALL, turtleEscape];
    let header = options.version ? `@version "${options.version}".\n` : '';
    // As n3's addPrefixes: patterns keyed by namespace (a repeated namespace keeps its first place, with its last name).
    const patterns: Record<string, [string, string]> = Object.create(null) as Record<string, [string, string]>;
    for (const prefix in options.prefixes) {
      const iri = options.prefixes[prefix]!;
      this.#prefixIris[iri] = `${prefix}:`;
      patterns[iri] = [escapeRegex(iri), escapeRegex(`${prefix}:`)];
      header += `@prefix ${prefix}: <${iri}>.\n`;
    }
    const iris = Object.values(patterns).map(([iri]) => iri);
    if (iris.length > 0) {
      header += '\n';
      const names = Object.values(patterns).map(([, name]) => name);
      this.#prefixRegex = new RegExp(`^(${iris.join('|')})([_a-zA-Z0-9](?:\\.?[\\-_a-zA-Z0-9])*)$|^(?:${names.join('|')})`);
    }
    this.#header = header;
  }

  /** The text before the first quad: version and prefixes. */
  start(): string {
    return this.#header;
  }

  /** The text of the next quad. `graph` is `''` for the default graph. */
  quad(graph: string, subject: string, predicate: string, object: RDFJS.Term): string {
    if (this.#lineMode) {
      const line = `${this.#subjectText(subject)} ${this.#iri(predicate)} ${this.#object(object)}`;
      return graph === '' ? `${line} .\n` : `${line} ${this.#iri(graph)} .\n`;
    }
    let text = '';
    if (graph !== this.#graph) {
      // Close the statement and the graph block that are open, and open the new graph's.
      text = (this.#subject === null ? '' : this.#graph === '' ? '.\n' : '\n}\n') + (graph === '' ? '' : `${this.#iri(graph)} {\n`);
      this.#graph = graph;
      this.#subject = null;
    }
    if (subject === this.#subject) {
      if (predicate === this.#predicate) return `${text}, ${this.#object(object)}`;
      this.#predicate = predicate;
      return `${text};\n    ${this.#predicateText(predicate)} ${this.#object(object)}`;
    }
    text += this.#subject === null ? '' : '.\n';
    this.#subject = subject;
    this.#predicate = predicate;
    return `${text}${this.#subjectText(subject)} ${this.#predicateText(predicate)} ${this.#object(object)}`;
  }

  /** The text after the last quad: what closes the open statement and graph. */
  end(): string {
    if (this.#lineMode || this.#subject === null) return '';
    const text = this.#graph === '' ? '.\n' : '\n}\n';
    [this.#subject, this.#graph] = [null, ''];
    return text;
  }

  /** A subject IRI; not cached, as most are written once (N-Quads reuse the last one). */
  #subjectText(subject: string): string {
    if (subject !== this.#lastSubject) [this.#lastSubject, this.#lastSubjectText] = [subject, this.#encodeIri(subject)];
    return this.#lastSubjectText;
  }

  #predicateText(predicate: string): string {
    return predicate === RDF.type ? 'a' : this.#iri(predicate);
  }

  /** An IRI that is likely to come again. */
  #iri(iri: string): string {
    let text = this.#cache.get(iri);
    if (text === undefined) {
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      this.#cache.set(iri, (text = this.#encodeIri(iri)));
    }
    return text;
  }

  /** n3's `_encodeIriOrBlank` for a named node. */
  #encodeIri(value: string): string {
    const iri = this.#escape.test(value) ? value.replace(this.#escapeAll, this.#replacer) : value;
    const match = this.#prefixRegex?.exec(iri);
    if (!match) return `<${iri}>`;
    if (match[1]) return this.#prefixIris[match[1]]! + match[2]!;
    // The IRI already starts like a prefixed name (`cg:x` as an IRI of scheme `cg`): n3 writes it as it is.
    return LOCAL_NAME.test(iri.slice(match[0].length)) ? iri : `<${iri}>`;
  }

  /** n3's `_encodeObject` (also for the subject and object of a triple term). */
  #object(term: RDFJS.Term): string {
    switch (term.termType) {
      case 'NamedNode':
        return this.#iri(term.value);
      case 'Literal':
        return this.#literal(term);
      case 'Quad':
        return this.#tripleTerm(term);
      default:
        throw new RdfError(`TextWriter: cannot write a ${term.termType}`);
    }
  }

  /** n3's `_encodeLiteral`. */
  #literal(literal: RDFJS.Literal): string {
    const value = this.#escape.test(literal.value) ? literal.value.replace(this.#escapeAll, this.#replacer) : literal.value;
    if (literal.language) return `"${value}"@${literal.language}${literal.direction ? `--${literal.direction}` : ''}`;
    const datatype = literal.datatype.value;
    if (datatype === XSD.string) return `"${value}"`;
    // Turtle and TriG write these datatypes bare when the value has their short syntax.
    if (!this.#lineMode && BARE[datatype]?.(value)) return value;
    return `"${value}"^^${this.#iri(datatype)}`;
  }

  /** n3's `_encodeQuad`: `<<( s p o )>>`, with spaces inside in N-Quads. */
  #tripleTerm(quad: RDFJS.BaseQuad): string {
    const space = this.#lineMode ? ' ' : '';
    const subject = quad.subject.termType === 'NamedNode' ? this.#iri(quad.subject.value) : this.#object(quad.subject);
    const predicate = quad.predicate.termType === 'NamedNode' ? this.#predicateText(quad.predicate.value) : this.#object(quad.predicate);
    const graph = quad.graph.termType === 'DefaultGraph' ? '' : ` ${this.#object(quad.graph)}`;
    return `<<(${space}${subject} ${predicate} ${this.#object(quad.object)}${graph}${space})>>`;
  }
}

/** Datatypes Turtle writes without quotes, each with the test of the lexical forms it allows so. */
const BARE: Record<string, (value: string) => boolean> = {
  [XSD.boolean]: (v) => v === 'true' || v === 'false',
  [XSD.integer]: (v) => /^[+-]?\d+$/.test(v),
  [XSD.decimal]: (v) => /^[+-]?\d*\.\d+$/.test(v),
  [XSD.double]: (v) => /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(v),
};
