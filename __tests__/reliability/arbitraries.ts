/**
 * fast-check arbitraries for whole knowledge graphs, with hostile text everywhere the
 * model allows text and awkward-but-valid IRIs, language tags, numbers and dates.
 *
 * A graph is generated as a {@link Recipe}: plain data (sources, entity inputs,
 * assertion inputs that point at sources and entities by index, merges) that
 * {@link buildGraph} feeds to a KnowledgeGraph. Plain data shrinks well and prints as
 * a readable counterexample.
 */
import fc from 'fast-check';
import {
  DATING_BASES,
  documentIri,
  KnowledgeGraph,
  MODALITIES,
  parseTimeSpan,
  POLARITIES,
  QUANTITY_QUALIFIERS,
  type AssertionInput,
  type AssertionObject,
  type EntityInput,
  type LiteralObject,
  type Role,
  type Source,
  type TextSpan,
  type TimeSpan,
} from '../../src';
import { isEntityClass } from '../../src/rdf/mapping';
import { cg } from '../../src/rdf/namespaces';

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const LANG_STRING = `${RDF_NS}langString`;

// ── Hostile text ───────────────────────────────────────────────────────────────────

/**
 * Pieces that break naive serializers: quotes and escapes, line breaks, Turtle and
 * N-Quads punctuation, control characters, right-to-left text and marks, astral-plane
 * characters, combining marks, non-characters, byte-order mark.
 */
export const NASTY_PIECES = [
  '"', "'", '"""', "'''", '\\', '\\n', '\\u0022', '\n', '\r', '\r\n', '\t', '\b', '\f', '\v', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085',
  '<', '>', '{', '}', '|', '^', '^^', '`', ' ', '  ', '#', '@', '@en', ':', '.', ' .', ';', ',', '%', '%20', '_:b0', '<<(', ')>>', '[]', '()',
  '@prefix x: <urn:x>.', 'GRAPH', 'VERSION "1.2"',
  'שלום', 'מ', 'مرحبا', 'ع', '\u200f', '\u200e', '\u202e', '\u061c',
  '𝔘', '😀', '👩‍👩‍👧', '🇮🇱', '\u{10ffff}', '\u{e0001}', '\u{1d11e}',
  '\u0301', 'e\u0301', 'ﬁ', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\u3000',
  'a', 'Z', '0', '-', 'x y',
];

/** Well-formed (no lone surrogates) but hostile strings, possibly empty. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...NASTY_PIECES), { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Hostile text that still has something other than white space in it (labels). */
export const nonBlankText = hostileText.filter((s) => s.trim() !== '');

// ── IRIs ───────────────────────────────────────────────────────────────────────────

/**
 * Characters an IRI path may hold (RFC 3987 ipchar): unreserved, sub-delims, `:` `@`,
 * percent-encodings (either case) and non-ASCII ucschar, including right-to-left,
 * astral-plane and combining characters.
 */
const IRI_PIECES = [
  'a', 'Z', '0', '9', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '/', '//',
  '%20', '%3C', '%3e', '%e2%82%ac', '%F0%9F%98%80', 'ש', 'م', '𝔘', '😀', 'é', 'e\u0301', '\u00a0', '\u200f', 'role', 'Q42',
];
const iriPart = (extra: string[] = []) => fc.array(fc.constantFrom(...IRI_PIECES, ...extra), { maxLength: 6 }).map((p) => p.join(''));
const query = fc.option(iriPart(['?', '\ue000']).map((q) => `?${q}`), { nil: '' });
const fragment = fc.option(iriPart(['?']).map((f) => `#${f}`), { nil: '' });

/**
 * Valid absolute IRIs under one of `prefixes` (each ends where a path segment may
 * start, or inside the fragment: then no query or second fragment follows).
 */
export const iriUnder = (...prefixes: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...prefixes), iriPart(), query, fragment).map(([p, local, q, f]) => (p.includes('#') ? p + local : p + local + q + f));

/** Valid IRIs for links out of the graph (sameAs, role holders, datatypes). */
export const anyIri = iriUnder(
  'http://www.wikidata.org/entity/',
  'https://example.org/',
  'urn:x:',
  'https://w3id.org/claimgraph/ns#',
  'http://[::1]:8080/',
  'http://user:pw@example.org:80/',
  'http://xn--fsq.example/',
  'http://例え.テスト/',
  'tag:example.org,2024:',
);

// ── Language tags ──────────────────────────────────────────────────────────────────

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const fixedChars = (chars: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
const alpha = (min: number, max: number) => fixedChars(letters, min, max);
const alnum = (min: number, max: number) => fixedChars(`${letters}0123456789`, min, max);

/** Well-formed BCP 47 tags in mixed case: language[-script][-region][-variant…][-x-private]. */
export const languageTag: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('en', 'fr', 'he', 'ar', 'EN-us', 'zh-Hant-TW', 'de-CH-1901', 'sl-rozaj-biske', 'en-US-x-twain', 'x-private', 'es-419', 'he-IL', 'ar-SA', 'i-klingon', 'sgn-BE-FR'),
  fc
    .tuple(
      alpha(2, 3),
      fc.option(alpha(4, 4), { nil: undefined }),
      fc.option(fc.oneof(alpha(2, 2), fixedChars('0123456789', 3, 3)), { nil: undefined }),
      fc.option(alnum(5, 8), { nil: undefined }),
      fc.option(alnum(1, 8).map((p) => `x-${p}`), { nil: undefined }),
    )
    .map((parts) => parts.filter((p) => p !== undefined).join('-')),
);

// ── Numbers ────────────────────────────────────────────────────────────────────────

/** Integer lexical forms: huge, negative, signed, padded. */
const integerLexical = fc.oneof(
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.constantFrom(
    '0', '-0', '+7', '007', '45', '1000000000000000000000', String(Number.MAX_SAFE_INTEGER), String(-Number.MAX_SAFE_INTEGER),
    String(Number.MAX_SAFE_INTEGER + 2), '-1000000000000000000000',
  ),
);

const decimalLexical = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom('1200.5', '-0.0', '.5', '5.', '0.000001', '1e21', '-1E-7', '3.14159265358979323846264338327950288'),
);

/** Confidences in [0, 1], with the awkward ones: subnormal, tiny, just below 1. */
export const confidence = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 0.5, 5e-324, Number.MIN_VALUE * 3, 1e-7, 1.2345678901234567e-7, 1e-21, Number.EPSILON, 1 - Number.EPSILON / 2, 0.1 + 0.2 - 0.3),
);

// ── Time spans ─────────────────────────────────────────────────────────────────────

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Proleptic Gregorian leap years, as xsd:date and ISO 8601 count them. */
export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

const year = fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(1, 4, 99, 100, 400, 1900, 2000, 2024, 9999));
const month = fc.integer({ min: 1, max: 12 });

/** A calendar day as numbers, any year 0001–9999 (leap days included). */
export const calendarDay = fc
  .tuple(year, month, fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]): [number, number, number] => [y, m, Math.min(d, daysIn(y, m))]);

export const dayString = ([y, m, d]: [number, number, number]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** A year, month or day value: `2024`, `2024-02`, `2024-02-29`. */
export const pointValue: fc.Arbitrary<string> = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, month).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  calendarDay.map(dayString),
  fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '2000-02-29', '1900-02-28', '0004-02-29', '0001', '9999', '9999-12', '0001-01'),
);

/** Every granularity: year, month, day, closed interval (start ≤ end), open start, open end. */
export const spanValue: fc.Arbitrary<string> = fc.oneof(
  pointValue,
  fc.tuple(pointValue, pointValue).map(([a, b]) => {
    const [sa, sb] = [parseTimeSpan(a), parseTimeSpan(b)];
    return sa.earliest! <= sb.latest! ? `${a}/${b}` : `${b}/${a}`;
  }),
  pointValue.map((p) => `../${p}`),
  pointValue.map((p) => `${p}/..`),
);

export const timeSpan: fc.Arbitrary<TimeSpan> = fc
  .tuple(spanValue, fc.boolean(), fc.option(hostileText, { nil: undefined }))
  .map(([value, explicit, expression]) => parseTimeSpan(value, { explicit, ...(expression !== undefined && { expression }) }));

// ── Sources ────────────────────────────────────────────────────────────────────────

export const sourceIri = fc.oneof(iriUnder('urn:claimgraph:doc/', 'https://news.example/a/'), hostileText.map((id) => documentIri(id)));

export const source: fc.Arbitrary<Source> = fc.record({
  id: sourceIri,
  file: hostileText,
  title: fc.option(hostileText, { nil: null }),
  outlet: fc.option(hostileText, { nil: null }),
  url: fc.option(fc.oneof(anyIri, hostileText), { nil: null }),
  language: fc.oneof(languageTag, hostileText),
  published: fc.record({
    time: fc.option(timeSpan, { nil: null }),
    basis: fc.constantFrom(...DATING_BASES),
    note: hostileText,
  }),
});

// ── Entities ───────────────────────────────────────────────────────────────────────

export const KNOWN_KINDS = ['Person', 'Country', 'Organization', 'GovernmentBody', 'Place', 'Event', 'Document', 'Agreement', 'Artifact'];

/** Known kinds and kinds the vocabulary has never heard of (but not the names of its own classes). */
export const entityKind = fc.oneof(fc.constantFrom(...KNOWN_KINDS), nonBlankText.filter((k) => isEntityClass(cg(k))));

export const role: fc.Arbitrary<Role> = fc
  .tuple(hostileText, fc.option(anyIri, { nil: null }), fc.option(timeSpan, { nil: null }), fc.option(fc.option(hostileText, { nil: null }), { nil: undefined }))
  .map(([title, of, term, qualifier]) => ({ title, of, term, ...(qualifier !== undefined && { qualifier }) }));

export const entityIriArb = iriUnder('urn:claimgraph:entity/', 'http://www.wikidata.org/entity/Q');

export const entity: fc.Arbitrary<EntityInput> = fc
  .tuple(
    fc.option(entityIriArb, { nil: undefined, freq: 3 }),
    entityKind,
    nonBlankText,
    fc.array(hostileText, { maxLength: 3 }),
    fc.array(anyIri, { maxLength: 2 }),
    fc.array(role, { maxLength: 2 }),
  )
  .map(([id, kind, label, aliases, sameAs, roles]) => ({ ...(id !== undefined && { id }), kind, label, aliases, sameAs, roles }));

// ── Assertions ─────────────────────────────────────────────────────────────────────

const qualifier = fc.option(fc.constantFrom(...QUANTITY_QUALIFIERS), { nil: undefined });
const withQualifier = (o: LiteralObject, q: LiteralObject['qualifier']): LiteralObject => (q ? { ...o, qualifier: q } : o);

export const literalObject: fc.Arbitrary<LiteralObject> = fc.oneof(
  fc.tuple(integerLexical, qualifier).map(([value, q]) => withQualifier({ kind: 'literal', value, datatype: `${XSD}integer` }, q)),
  fc.tuple(decimalLexical, qualifier).map(([value, q]) => withQualifier({ kind: 'literal', value, datatype: `${XSD}decimal` }, q)),
  fc.tuple(hostileText, languageTag).map(([value, language]): LiteralObject => ({ kind: 'literal', value, datatype: LANG_STRING, language })),
  hostileText.map((value): LiteralObject => ({ kind: 'literal', value, datatype: `${XSD}string` })),
  calendarDay.map((d): LiteralObject => ({ kind: 'literal', value: dayString(d), datatype: `${XSD}date` })),
  fc.tuple(hostileText, anyIri).map(([value, datatype]): LiteralObject => ({ kind: 'literal', value, datatype })),
);

/** An assertion input whose subject, entity object, speaker and source are indexes into the recipe's lists. */
export interface AssertionRecipe {
  id?: string;
  subject: number;
  predicate: string;
  object: { kind: 'entity'; index: number } | LiteralObject;
  source: number;
  valid?: TimeSpan | null;
  recorded?: TimeSpan | null;
  evidence?: TextSpan | null;
  attributedTo?: number | null;
  modality?: AssertionInput['modality'];
  polarity?: AssertionInput['polarity'];
  confidence?: number;
}

const offset = fc.oneof(fc.nat({ max: 5000 }), fc.constantFrom(0, Number.MAX_SAFE_INTEGER));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const predicate = fc.oneof(fc.constantFrom('meets', 'kills', 'phoneCall', 'vetoes', 'a', 'rdf:type'), nonBlankText);

export const assertionRecipe: fc.Arbitrary<AssertionRecipe> = fc
  .record(
    {
      id: iriUnder('urn:claimgraph:assertion/'),
      subject: fc.nat(),
      predicate,
      object: fc.oneof(fc.nat().map((index) => ({ kind: 'entity' as const, index })), literalObject),
      source: fc.nat(),
      valid: fc.option(timeSpan, { nil: null }),
      recorded: fc.option(timeSpan, { nil: null }),
      evidence: fc.option(fc.tuple(offset, offset, hostileText).map(([a, b, text]) => ({ start: Math.min(a, b), end: Math.max(a, b), text })), { nil: null }),
      attributedTo: fc.option(fc.nat(), { nil: null }),
      modality: fc.constantFrom(...MODALITIES),
      polarity: fc.constantFrom(...POLARITIES),
      confidence,
    },
    // Only these are required: the rest exercise the graph's defaults when left out.
    { requiredKeys: ['subject', 'predicate', 'object', 'source'] },
  )
  .map((a) => a as AssertionRecipe);

// ── Whole graphs ───────────────────────────────────────────────────────────────────

export interface Recipe {
  base?: string;
  sources: Source[];
  entities: EntityInput[];
  assertions: AssertionRecipe[];
  /** Pairs of entity indexes: merge the second into the first after the assertions. */
  merges: [number, number][];
}

export const recipe: fc.Arbitrary<Recipe> = fc.record(
  {
    base: fc.constantFrom('https://data.example.org/news/', 'urn:x:'),
    sources: fc.array(source, { minLength: 0, maxLength: 3 }),
    entities: fc.array(entity, { minLength: 0, maxLength: 6 }),
    assertions: fc.array(assertionRecipe, { minLength: 0, maxLength: 8 }),
    merges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 1 }),
  },
  { requiredKeys: ['sources', 'entities', 'assertions', 'merges'] },
);

/** The assertion input a recipe entry stands for, given the entity and source IRIs. */
export function assertionInput(a: AssertionRecipe, entities: string[], sources: string[]): AssertionInput {
  const pick = (ids: string[], i: number) => ids[i % ids.length]!;
  const { subject, object, source: s, attributedTo, ...rest } = a;
  const obj: AssertionObject = object.kind === 'entity' ? { kind: 'entity', id: pick(entities, object.index) } : object;
  return {
    ...rest,
    subject: pick(entities, subject),
    object: obj,
    source: pick(sources, s),
    ...(attributedTo !== undefined && { attributedTo: attributedTo === null ? null : pick(entities, attributedTo) }),
  };
}

/** Builds the graph a recipe describes. Assertions need at least one source and one entity. */
export function buildGraph(r: Recipe): KnowledgeGraph {
  const kg = new KnowledgeGraph(r.base ? { base: r.base } : {});
  for (const s of r.sources) kg.addSource(s);
  const entities = r.entities.map((e) => kg.addEntity(e).id);
  const sources = r.sources.map((s) => s.id);
  if (entities.length && sources.length) for (const a of r.assertions) kg.addAssertion(assertionInput(a, entities, sources));
  for (const [target, other] of r.merges) {
    const ids = kg.entities().map((e) => e.id);
    if (ids.length) kg.mergeEntities(ids[target % ids.length]!, ids[other % ids.length]!);
  }
  return kg;
}
