/**
 * The mapping between the model and RDF, in one place: one shape per kind of node.
 * `toQuads` writes with these shapes and `fromQuads` reads with them.
 *
 * ```turtle
 * doc:x        a schema:NewsArticle; cg:file …; schema:headline …; cg:published "2024-03"^^xsd:gYearMonth …
 * entity:x     a cg:Person; rdfs:label …; skos:altLabel …; owl:sameAs wd:Q…; cg:role <entity:x/role/…>
 * <…/role/…>   a cg:Role; cg:roleTitle …; cg:roleOf …; cg:term "2022-12-29/.."^^cg:Interval; cg:roleQualifier "interim"
 * assertion:x  a cg:Assertion; rdf:subject …; rdf:predicate cg:meets; rdf:object …   (or rdf:reifies <<( … )>>)
 *              prov:wasDerivedFrom doc:x; prov:wasAttributedTo …; cg:modality cg:Reported; cg:polarity …;
 *              cg:confidence 0.9; cg:valid …; cg:recorded …; cg:evidenceStart …
 * ```
 */
import type * as RDFJS from '@rdfjs/types';
import { TimeSpanError } from '../errors';
import type { Assertion, AssertionObject } from '../model/assertion';
import type { TextSpan } from '../model/document';
import type { Entity, Role } from '../model/entity';
import { shortHash } from '../model/iri';
import type { Source } from '../graph/source';
import { parseTimeSpan, type Granularity, type TimeSpan } from '../time/timespan';
import { anyUri, boolean, cgName, date, decimal, enumeration, integer, iri, showTerm, text } from './codecs';
import { decode, encode, entry, fieldsOf, MappingProblem, single, toTerm, type Codec, type Field, type ObjectTerm, type Shape } from './fields';
import { cg, compactIri, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD } from './namespaces';
import { iriProblem, isLanguageTag } from './syntax';
import { literal, namedNode, triple } from './terms';
import { DATING_BASIS_TERMS, MODALITY_TERMS, POLARITY_TERMS, QUALIFIER_TERMS, VOCABULARY } from './vocabulary';

// ── Time spans ──────────────────────────────────────────────────────────────────────

const SPAN_DATATYPES: Record<Granularity, string> = { day: XSD.date, month: XSD.gYearMonth, year: XSD.gYear, interval: cg('Interval') };
const SPAN_DATATYPE_NODES = Object.fromEntries(Object.entries(SPAN_DATATYPES).map(([g, iri]) => [g, namedNode(iri)])) as Record<Granularity, RDFJS.NamedNode>;

/** A span as one typed literal: `"2024-03"^^xsd:gYearMonth`, `"../2022-02-24"^^cg:Interval`. */
const spanValue: Codec<TimeSpan> = {
  write: (span) => literal(span.value, SPAN_DATATYPE_NODES[span.granularity]),
  read: (term) => {
    if (term.termType !== 'Literal') throw new MappingProblem(`expected a date literal, got ${showTerm(term)}`);
    let span: TimeSpan;
    try {
      span = parseTimeSpan(term.value);
    } catch (error) {
      throw error instanceof TimeSpanError ? new MappingProblem(error.message) : error;
    }
    const datatype = SPAN_DATATYPES[span.granularity];
    if (term.datatype.value !== datatype) throw new MappingProblem(`${showTerm(term)} is a ${span.granularity}: its datatype must be ${showTerm(namedNode(datatype))}`);
    return span;
  },
};

/**
 * A TimeSpan (or null) as the `cg:<stem>` family: the span literal, derived
 * `…Earliest` / `…Latest` days for SPARQL filters (recomputed on import, never
 * trusted), the `…Expression` it was read from, and `…Inferred true` when not explicit.
 */
function span<R>(key: keyof R, stem: string): Field<R> {
  const [value, earliest, latest, expression, inferred] = [cg(stem), cg(`${stem}Earliest`), cg(`${stem}Latest`), cg(`${stem}Expression`), cg(`${stem}Inferred`)];
  return {
    write: (record, out) => {
      const s = record[key] as TimeSpan | null;
      if (!s) return;
      encode(out, value, spanValue, s);
      if (s.earliest !== null) encode(out, earliest, date, s.earliest);
      if (s.latest !== null) encode(out, latest, date, s.latest);
      if (s.expression !== undefined) encode(out, expression, text, s.expression);
      if (!s.explicit) encode(out, inferred, boolean, true);
    },
    read: (node) => {
      node.take(earliest);
      node.take(latest);
      const s = single(node, value, spanValue);
      const words = single(node, expression, text);
      const isInferred = single(node, inferred, boolean) ?? false;
      if (!s) {
        if (words !== undefined || isInferred) node.fail(value, `is missing, yet ${words !== undefined ? 'an expression' : 'inferred-ness'} is given`);
        return entry(key, null as R[keyof R]);
      }
      const options = { explicit: !isInferred, ...(words !== undefined && { expression: words }) };
      return entry(key, parseTimeSpan(s.value, options) as R[keyof R]);
    },
  };
}

// ── Assertions ──────────────────────────────────────────────────────────────────────

const QUALIFIER = cg('qualifier');
const qualifier = enumeration(QUALIFIER_TERMS);

/** Predicates are `cg:<id>`. */
const predicate = cgName('a predicate');

/** An assertion's object: an entity IRI, or a literal with its datatype or language. */
const object: Codec<AssertionObject> = {
  write: (o) => {
    if (o.kind === 'entity') return namedNode(o.id);
    const datatypeProblem = iriProblem(o.datatype); // checked here: n3 would turn an empty datatype into xsd:string
    if (datatypeProblem) throw new MappingProblem(`datatype ${datatypeProblem}`);
    if (o.language === undefined) {
      // RDF has no language string without a language.
      if (o.datatype === RDF.langString || o.datatype === RDF.dirLangString) throw new MappingProblem(`a literal of datatype ${compactIri(o.datatype)} must have a language`);
      return literal(o.value, namedNode(o.datatype));
    }
    // RDF gives language-tagged strings the datatype rdf:langString; any other would not come back.
    if (o.datatype !== RDF.langString) throw new MappingProblem(`a literal with language "${o.language}" must have datatype rdf:langString, not ${o.datatype}`);
    if (!isLanguageTag(o.language)) throw new MappingProblem(`${JSON.stringify(o.language)} is not a BCP 47 language tag`);
    return literal(o.value, o.language);
  },
  read: (term) => {
    if (term.termType === 'NamedNode') return { kind: 'entity', id: term.value };
    if (term.termType !== 'Literal') throw new MappingProblem(`expected an IRI or a literal, got ${showTerm(term)}`);
    return { kind: 'literal', value: term.value, datatype: term.datatype.value, ...(term.language && { language: term.language }) };
  },
};

/** The properties a bad subject, predicate or object is reported on, by profile. */
const REPORTED_ON = { rdf11: [RDF.subject, RDF.predicate, RDF.object], rdf12: [RDF.reifies, RDF.reifies, RDF.reifies] } as const;

/**
 * Subject, predicate and object, never as the bare triple (an assertion is a claim):
 * `rdf:subject` / `rdf:predicate` / `rdf:object` in the RDF 1.1 profile, `rdf:reifies
 * <<( s p o )>>` in the RDF 1.2 profile. Either is read whatever the profile. A literal's
 * quantity qualifier sits beside them as `cg:qualifier`.
 */
const statement: Field<Assertion> = {
  write: (a, out) => {
    const rdf12 = out.profile === 'rdf12';
    const [atS, atP, atO] = REPORTED_ON[out.profile];
    const s = toTerm(out, atS, iri, a.subject) as RDFJS.NamedNode;
    const p = toTerm(out, atP, predicate, a.predicate) as RDFJS.NamedNode;
    const o = toTerm(out, atO, object, a.object);
    if (rdf12) out.add(RDF.reifies, triple(s, p, o));
    else {
      out.add(RDF.subject, s);
      out.add(RDF.predicate, p);
      out.add(RDF.object, o);
    }
    if (a.object.kind === 'literal' && a.object.qualifier) encode(out, QUALIFIER, qualifier, a.object.qualifier);
  },
  read: (node) => {
    const reifies = node.take(RDF.reifies, (t) => t.termType === 'Quad') as RDFJS.Quad[];
    if (reifies.length > 1) node.fail(RDF.reifies, `has ${reifies.length} values; expected one`);
    const [triple] = reifies;
    const part = <T>(p: string, codec: Codec<T>, inTriple: ObjectTerm | undefined): T =>
      inTriple ? decode(node, RDF.reifies, codec, inTriple) : (single(node, p, codec) ?? node.fail(p, 'is missing (and there is no rdf:reifies)'));
    const subject = part(RDF.subject, iri, triple?.subject);
    const pred = part(RDF.predicate, predicate, triple?.predicate);
    const obj = part(RDF.object, object, triple?.object);
    const q = single(node, QUALIFIER, qualifier);
    if (q === undefined) return { subject, predicate: pred, object: obj };
    if (obj.kind !== 'literal') return node.fail(QUALIFIER, 'is only for literal objects');
    return { subject, predicate: pred, object: { ...obj, qualifier: q } };
  },
};

const [EVIDENCE_START, EVIDENCE_END, EVIDENCE_TEXT] = [cg('evidenceStart'), cg('evidenceEnd'), cg('evidenceText')];

/** Evidence as three properties (together an oa:TextPositionSelector with its exact text). */
const evidence: Field<Assertion> = {
  write: (a, out) => {
    if (!a.evidence) return;
    encode(out, EVIDENCE_START, integer, a.evidence.start);
    encode(out, EVIDENCE_END, integer, a.evidence.end);
    encode(out, EVIDENCE_TEXT, text, a.evidence.text);
  },
  read: (node) => {
    const start = single(node, EVIDENCE_START, integer);
    const end = single(node, EVIDENCE_END, integer);
    const words = single(node, EVIDENCE_TEXT, text);
    if (start === undefined && end === undefined && words === undefined) return { evidence: null };
    const missing = ([['evidenceStart', start], ['evidenceEnd', end], ['evidenceText', words]] as const).find(([, v]) => v === undefined);
    if (missing) node.fail(cg(missing[0]), 'is missing while other evidence properties are given');
    return { evidence: { start, end, text: words } as TextSpan };
  },
};

const assertion = fieldsOf<Assertion>();

/** Assertions: `a cg:Assertion`, the statement, and its provenance, time and manner. */
export const ASSERTION: Shape<Assertion> = [
  assertion.subject('id'),
  assertion.constant(RDF.type, cg('Assertion')),
  statement,
  assertion.one('source', PROV.wasDerivedFrom, iri),
  assertion.optional('attributedTo', PROV.wasAttributedTo, iri),
  assertion.one('modality', cg('modality'), enumeration(MODALITY_TERMS), 'asserted'),
  assertion.one('polarity', cg('polarity'), enumeration(POLARITY_TERMS), 'affirmed'),
  assertion.one('confidence', cg('confidence'), decimal, 1),
  span('valid', 'valid'),
  span('recorded', 'recorded'),
  evidence,
];

// ── Entities and roles ──────────────────────────────────────────────────────────────

/** Vocabulary classes that are not entity kinds: a node typed with one is no entity. */
const NOT_KINDS = new Set(VOCABULARY.filter((t) => (t.type === 'Class' || t.type === 'Datatype') && t.subClassOf !== cg('Entity') && t.name !== 'Entity').map((t) => t.name));

const kind = cgName('an entity kind', (local) => local !== '' && !NOT_KINDS.has(local));

/** Whether an IRI is a `cg:` class that names an entity kind (known or not). */
export function isEntityClass(iri: string): boolean {
  return kind.accepts!(namedNode(iri));
}

const role = fieldsOf<Role>();

/** Roles: nodes of their own, so that an office, whose office it is and its term stay together. */
export const ROLE: Shape<Role> = [
  role.constant(RDF.type, cg('Role')),
  role.one('title', cg('roleTitle'), text),
  role.optional('of', cg('roleOf'), iri),
  span('term', 'term'),
  role.optional('qualifier', cg('roleQualifier'), text),
];

/** A role's IRI: under its entity, from what makes it distinct there (title, office holder, term). */
export function roleIri(entity: Entity, r: Role): string {
  return `${entity.id}/role/${shortHash(JSON.stringify([r.title, r.of ?? '', r.term?.value ?? '']))}`;
}

const entity = fieldsOf<Entity>();

/** Entities: `a cg:<Kind>` with labels, Wikidata links and roles. */
export const ENTITY: Shape<Entity> = [
  entity.subject('id'),
  entity.one('kind', RDF.type, kind),
  entity.one('label', RDFS.label, text),
  entity.many('aliases', SKOS.altLabel, text),
  entity.many('sameAs', OWL.sameAs, iri),
  entity.nodes('roles', cg('role'), ROLE, roleIri),
];

// ── Sources ─────────────────────────────────────────────────────────────────────────

const published = fieldsOf<Source['published']>();
const source = fieldsOf<Source>();

/** Source documents: `a schema:NewsArticle` with file, headline, outlet, url, language and dating. */
export const SOURCE: Shape<Source> = [
  source.subject('id'),
  source.constant(RDF.type, SCHEMA.NewsArticle),
  source.one('file', cg('file'), text),
  source.optional('title', SCHEMA.headline, text),
  source.optional('outlet', cg('outlet'), text),
  source.optional('url', SCHEMA.url, anyUri),
  source.one('language', SCHEMA.inLanguage, text),
  source.nested('published', [
    span('time', 'published'),
    published.one('basis', cg('datingBasis'), enumeration(DATING_BASIS_TERMS)),
    published.one('note', cg('datingNote'), text),
  ]),
];

/** The class that marks each kind of node on import (entities: any {@link isEntityClass}; roles are found from their entity). */
export const NODE_CLASSES = { source: SCHEMA.NewsArticle, assertion: cg('Assertion') } as const;
