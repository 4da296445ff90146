import type * as RDFJS from '@rdfjs/types';
import type { DatingBasis } from '../model/document';
import type { Modality, Polarity, QuantityQualifier } from '../model/assertion';
import type { PredicateDefinition, Valence } from '../model/predicate';
import type { ContradictionKind, ContradictionSeverity } from '../query/contradictions/types';
import { RdfError } from '../errors';
import { factory } from './n3';
import { CG_NS, NAMESPACES, OWL, PROV, RDF, RDFS, SCHEMA, XSD, cg } from './namespaces';
import { sortQuads } from './order';
import { quadsText } from './serialize';

/** What a vocabulary term is. */
export type VocabularyTermType = 'Class' | 'ObjectProperty' | 'DatatypeProperty' | 'Datatype' | 'Individual';

/** One `cg:` term with its documentation. IRIs in `domain`, `range` … are full IRIs. */
export interface VocabularyTerm {
  /** Local name: the term is `cg:<name>`. */
  name: string;
  type: VocabularyTermType;
  label: string;
  comment: string;
  subClassOf?: string;
  domain?: string;
  range?: string;
  /** For individuals: the class they belong to. */
  instanceOf?: string;
}

/** An individual of the vocabulary that stands for one value of a model enumeration. */
export interface EnumerationMember {
  name: string;
  comment: string;
}

/** Modality values → `cg:` individuals. */
export const MODALITY_TERMS: Record<Modality, EnumerationMember> = {
  asserted: { name: 'Asserted', comment: 'The source states the claim itself.' },
  reported: { name: 'Reported', comment: 'The source relays what someone else says.' },
  hypothetical: { name: 'Hypothetical', comment: 'The claim is put as possible: could, may, if.' },
  hoped: { name: 'Hoped', comment: 'The claim is put as a hope or wish.' },
  planned: { name: 'Planned', comment: 'The claim is put as an intention or plan: intends, plans, will.' },
};

/** Polarity values → `cg:` individuals. */
export const POLARITY_TERMS: Record<Polarity, EnumerationMember> = {
  affirmed: { name: 'Affirmed', comment: 'The source says the claim holds.' },
  denied: { name: 'Denied', comment: 'The source says the claim does not hold ("X did not veto").' },
};

/** Quantity qualifiers → `cg:` individuals. */
export const QUALIFIER_TERMS: Record<QuantityQualifier, EnumerationMember> = {
  exactly: { name: 'Exactly', comment: 'The stated number is the value.' },
  atLeast: { name: 'AtLeast', comment: 'The value is the stated number or more ("at least 45").' },
  moreThan: { name: 'MoreThan', comment: 'The value exceeds the stated number ("more than 45").' },
  atMost: { name: 'AtMost', comment: 'The value is the stated number or less ("up to 45").' },
  lessThan: { name: 'LessThan', comment: 'The value is below the stated number ("fewer than 45").' },
  approximately: { name: 'Approximately', comment: 'The value is near the stated number ("about 1,200").' },
};

/** How a publication date was established → `cg:` individuals. */
export const DATING_BASIS_TERMS: Record<DatingBasis, EnumerationMember> = {
  manifest: { name: 'ManifestBasis', comment: "The date comes from the user's manifest." },
  dateline: { name: 'DatelineBasis', comment: "The date is printed in the article's byline or dateline." },
  content: { name: 'ContentBasis', comment: 'The date is inferred from the dates and facts the text mentions.' },
  unknown: { name: 'UnknownBasis', comment: 'Nothing to go on: the date is unknown.' },
};

/** Predicate valences → `cg:` individuals. */
export const VALENCE_TERMS: Record<Valence, EnumerationMember> = {
  cooperative: { name: 'Cooperative', comment: 'The predicate expresses cooperation (meet, praise, agree).' },
  hostile: { name: 'Hostile', comment: 'The predicate expresses hostility (accuse, threaten, use force).' },
  neutral: { name: 'Neutral', comment: 'The predicate is neither cooperative nor hostile.' },
};

/** Contradiction kinds → `cg:` individuals. */
export const CONTRADICTION_KIND_TERMS: Record<ContradictionKind, EnumerationMember> = {
  polarity: { name: 'PolarityContradiction', comment: 'One claim affirms what another denies, at compatible times.' },
  attribution: { name: 'AttributionContradiction', comment: 'Two named speakers disagree: one affirms what the other denies.' },
  contrary: { name: 'ContraryContradiction', comment: 'Contrary predicates (praises / condemns) for one pair over overlapping valid time.' },
  numeric: { name: 'NumericContradiction', comment: 'Figures of a single-valued predicate that cannot both be right ("more than 1,400" / "about 1,200").' },
  anachronism: { name: 'Anachronism', comment: 'A claim about who holds an office that dated reference facts contradict ("former President" while in office).' },
};

/** Contradiction severities → `cg:` individuals. */
export const SEVERITY_TERMS: Record<ContradictionSeverity, EnumerationMember> = {
  hard: { name: 'Hard', comment: 'The claims are put as fact (asserted or reported) for the same valid time.' },
  soft: { name: 'Soft', comment: 'A claim is only hoped, planned or possible, or the times agree only in their reporting period.' },
};

/** Entity kinds the library knows; other kinds are exported as `cg:<Kind>` all the same. */
export const ENTITY_KINDS: Record<string, string> = {
  Person: 'A human being.',
  Country: 'A sovereign state, or a country as an actor ("Russia", "Israel").',
  Organization: 'An organisation: a company, party, armed group, international body.',
  GovernmentBody: 'A body of a government: a ministry, an army, a council ("the Kremlin" as metonym).',
  Place: 'A geographic place that is not acting as a country: a city, region, strip.',
  Event: 'Something that happened: a war, an attack, a meeting, a vote.',
  Document: 'A written instrument talked about in the news: a resolution, a report, a letter.',
  Agreement: 'A treaty, deal or ceasefire agreement.',
  Artifact: 'A made thing: a weapon system, a vessel, a facility.',
};

/** The four time axes that carry a TimeSpan, as property stems (`cg:valid`, `cg:validEarliest` …). */
const SPAN_STEMS = {
  valid: { domain: cg('Assertion'), what: 'when the claimed thing holds or happened (the valid time)' },
  recorded: { domain: cg('Assertion'), what: 'when the source recorded the claim, i.e. published it (the recorded time)' },
  published: { domain: SCHEMA.NewsArticle, what: 'when the document was published' },
  term: { domain: cg('Role'), what: 'when the role was held' },
} as const;

function spanTerms(stem: string, domain: string, what: string): VocabularyTerm[] {
  return [
    {
      name: stem,
      type: 'DatatypeProperty',
      label: stem,
      comment: `The time span ${what}: an xsd:date, xsd:gYearMonth or xsd:gYear for one day, month or year, or a cg:Interval.`,
      domain,
      range: RDFS.Literal,
    },
    {
      name: `${stem}Earliest`,
      type: 'DatatypeProperty',
      label: `${stem} earliest`,
      comment: `First day the span of cg:${stem} may cover, for SPARQL range filters. Derived: readers recompute it from cg:${stem}.`,
      domain,
      range: XSD.date,
    },
    {
      name: `${stem}Latest`,
      type: 'DatatypeProperty',
      label: `${stem} latest`,
      comment: `Last day the span of cg:${stem} may cover, for SPARQL range filters. Derived: readers recompute it from cg:${stem}.`,
      domain,
      range: XSD.date,
    },
    {
      name: `${stem}Expression`,
      type: 'DatatypeProperty',
      label: `${stem} expression`,
      comment: `The words the span of cg:${stem} was read from ("last Tuesday").`,
      domain,
      range: XSD.string,
    },
    {
      name: `${stem}Inferred`,
      type: 'DatatypeProperty',
      label: `${stem} inferred`,
      comment: `true when the span of cg:${stem} was inferred rather than stated by the source; absent when stated.`,
      domain,
      range: XSD.boolean,
    },
  ];
}

function enumerationTerms(className: string, classComment: string, members: Record<string, EnumerationMember>): VocabularyTerm[] {
  return [
    { name: className, type: 'Class', label: className, comment: classComment },
    ...Object.values(members).map(
      (m): VocabularyTerm => ({ name: m.name, type: 'Individual', label: m.name, comment: m.comment, instanceOf: cg(className) }),
    ),
  ];
}

/**
 * Every term of the `cg:` vocabulary except the predicates (which come from
 * {@link PredicateDefinition}s, see {@link vocabularyQuads}).
 */
export const VOCABULARY: readonly VocabularyTerm[] = [
  // Classes
  { name: 'Assertion', type: 'Class', label: 'assertion', comment: 'One claim made by one source: subject, predicate, object, with when, who said it and how. A claim, not a fact: its triple is never asserted, only described (rdf:subject/rdf:predicate/rdf:object in the RDF 1.1 profile, rdf:reifies in the RDF 1.2 profile).', subClassOf: PROV.Entity },
  { name: 'Entity', type: 'Class', label: 'entity', comment: 'A thing the corpus talks about. Entities are typed with one subclass of cg:Entity, their kind; kinds outside this vocabulary are written as cg:<Kind> too.' },
  ...Object.entries(ENTITY_KINDS).map(([name, comment]): VocabularyTerm => ({ name, type: 'Class', label: name, comment, subClassOf: cg('Entity') })),
  { name: 'Role', type: 'Class', label: 'role', comment: 'An office or membership held by an entity for a time ("Prime Minister of Israel, 2022-12-29/..").' },
  { name: 'Interval', type: 'Datatype', label: 'interval', comment: 'A time span from one day, month or year to another, either end possibly open: "2022-02-24/2022-08", "../2022-02-24", "2022-02/..". Bounds are inclusive and keep their own granularity.' },
  ...enumerationTerms('Modality', 'How a source puts a claim.', MODALITY_TERMS),
  ...enumerationTerms('Polarity', 'Whether a source affirms or denies a claim.', POLARITY_TERMS),
  ...enumerationTerms('QuantityQualifier', 'How a stated number relates to the true one.', QUALIFIER_TERMS),
  ...enumerationTerms('DatingBasis', "How a document's publication time was established.", DATING_BASIS_TERMS),
  ...enumerationTerms('Valence', 'Whether a predicate expresses cooperation, hostility, or neither (CAMEO / PLOVER style).', VALENCE_TERMS),
  ...enumerationTerms('ContradictionKind', 'What kind of conflict a cg:Contradiction records.', CONTRADICTION_KIND_TERMS),
  ...enumerationTerms('Severity', 'How certain a cg:Contradiction is.', SEVERITY_TERMS),
  // Documents (typed schema:NewsArticle; headline, url and language are schema.org's)
  { name: 'file', type: 'DatatypeProperty', label: 'file', comment: 'The file the document was loaded from, as given to the loader.', domain: SCHEMA.NewsArticle, range: XSD.string },
  { name: 'outlet', type: 'DatatypeProperty', label: 'outlet', comment: 'The name of the publishing outlet as found (manifest or dateline); a name, not an organisation node.', domain: SCHEMA.NewsArticle, range: XSD.string },
  { name: 'datingBasis', type: 'ObjectProperty', label: 'dating basis', comment: 'How the publication time (cg:published) was established.', domain: SCHEMA.NewsArticle, range: cg('DatingBasis') },
  { name: 'datingNote', type: 'DatatypeProperty', label: 'dating note', comment: 'A sentence a person can read: what the publication date rests on, or why it is unknown.', domain: SCHEMA.NewsArticle, range: XSD.string },
  // Entities (labels are rdfs:label / skos:altLabel, Wikidata links owl:sameAs)
  { name: 'role', type: 'ObjectProperty', label: 'role', comment: 'An office or membership the entity holds or held.', domain: cg('Entity'), range: cg('Role') },
  { name: 'roleTitle', type: 'DatatypeProperty', label: 'role title', comment: 'The office or position, e.g. "Prime Minister".', domain: cg('Role'), range: XSD.string },
  { name: 'roleOf', type: 'ObjectProperty', label: 'role of', comment: 'The entity the office belongs to (a country, an organisation).', domain: cg('Role'), range: cg('Entity') },
  { name: 'roleQualifier', type: 'DatatypeProperty', label: 'role qualifier', comment: 'How the office was held when not in the ordinary way: "interim", "acting", "caretaker".', domain: cg('Role'), range: XSD.string },
  // Assertions (source is prov:wasDerivedFrom, speaker prov:wasAttributedTo)
  { name: 'modality', type: 'ObjectProperty', label: 'modality', comment: 'How the source puts the claim.', domain: cg('Assertion'), range: cg('Modality') },
  { name: 'polarity', type: 'ObjectProperty', label: 'polarity', comment: 'Whether the source affirms or denies the claim.', domain: cg('Assertion'), range: cg('Polarity') },
  { name: 'confidence', type: 'DatatypeProperty', label: 'confidence', comment: 'How sure the extractor is that the source makes this claim, from 0 to 1.', domain: cg('Assertion'), range: XSD.decimal },
  { name: 'qualifier', type: 'ObjectProperty', label: 'qualifier', comment: 'For a numeric object: how the stated number bounds the true value.', domain: cg('Assertion'), range: cg('QuantityQualifier') },
  // Evidence: together these three correspond to an oa:TextPositionSelector (oa:start, oa:end) with its oa:exact text.
  { name: 'evidenceStart', type: 'DatatypeProperty', label: 'evidence start', comment: "Start offset (inclusive, JavaScript string index) of the passage in the source document's original text that makes the claim.", domain: cg('Assertion'), range: XSD.integer },
  { name: 'evidenceEnd', type: 'DatatypeProperty', label: 'evidence end', comment: 'End offset (exclusive) of the evidence passage.', domain: cg('Assertion'), range: XSD.integer },
  { name: 'evidenceText', type: 'DatatypeProperty', label: 'evidence text', comment: 'The evidence passage as it stands in the original text.', domain: cg('Assertion'), range: XSD.string },
  ...Object.entries(SPAN_STEMS).flatMap(([stem, { domain, what }]) => spanTerms(stem, domain, what)),
  // Contradictions: records of conflicting claims; no claim is deleted or invalidated.
  { name: 'Contradiction', type: 'Class', label: 'contradiction', comment: 'A conflict between claims, kept as a record: its kind, severity, the assertions involved and an explanation. Every claim involved stays in the graph.' },
  { name: 'contradictionKind', type: 'ObjectProperty', label: 'contradiction kind', comment: 'What kind of conflict the contradiction records.', domain: cg('Contradiction'), range: cg('ContradictionKind') },
  { name: 'severity', type: 'ObjectProperty', label: 'severity', comment: 'cg:Hard when the claims are put as fact for the same valid time, cg:Soft otherwise.', domain: cg('Contradiction'), range: cg('Severity') },
  { name: 'involves', type: 'ObjectProperty', label: 'involves', comment: 'An assertion the contradiction is about.', domain: cg('Contradiction'), range: cg('Assertion') },
  { name: 'explanation', type: 'DatatypeProperty', label: 'explanation', comment: 'One or two sentences a person can read, naming the sources and quoting the evidence.', domain: cg('Contradiction'), range: XSD.string },
  { name: 'reference', type: 'ObjectProperty', label: 'reference', comment: 'For an anachronism: the dated role the claim conflicts with.', domain: cg('Contradiction'), range: cg('Role') },
  // Predicate descriptions
  { name: 'cameoCode', type: 'DatatypeProperty', label: 'CAMEO code', comment: 'The CAMEO event code of a predicate, e.g. "036".', domain: RDF.Property, range: XSD.string },
  { name: 'ploverType', type: 'DatatypeProperty', label: 'PLOVER type', comment: 'The PLOVER event type of a predicate, e.g. "CONSULT".', domain: RDF.Property, range: XSD.string },
  { name: 'valence', type: 'ObjectProperty', label: 'valence', comment: 'Whether a predicate is cooperative, hostile or neutral.', domain: RDF.Property, range: cg('Valence') },
  { name: 'contrary', type: 'ObjectProperty', label: 'contrary', comment: 'A predicate that cannot hold for the same pair over the same time.', domain: RDF.Property, range: RDF.Property },
  { name: 'functional', type: 'DatatypeProperty', label: 'functional', comment: 'true when a subject has one value of the predicate at a given time (time-scoped, so not owl:FunctionalProperty).', domain: RDF.Property, range: XSD.boolean },
];

/** Options for {@link vocabularyQuads} and {@link vocabularyTurtle}. */
export interface VocabularyOptions {
  /** Predicates to declare as `cg:<id>` properties. */
  predicates?: readonly PredicateDefinition[];
  /** Further entity kinds (beyond {@link ENTITY_KINDS}) to declare as `cg:<Kind>` classes. */
  kinds?: readonly string[];
}

const OWL_TYPE: Record<VocabularyTermType, string> = {
  Class: OWL.Class,
  ObjectProperty: OWL.ObjectProperty,
  DatatypeProperty: OWL.DatatypeProperty,
  Datatype: RDFS.Datatype,
  Individual: OWL.NamedIndividual,
};

/** The terms of {@link VOCABULARY} plus the predicates and kinds of `options`. */
export function vocabularyTerms(options: VocabularyOptions = {}): VocabularyTerm[] {
  const declared = new Set(VOCABULARY.map((t) => t.name));
  const extra: VocabularyTerm[] = [
    ...(options.kinds ?? [])
      .filter((kind) => !declared.has(kind))
      .map((kind): VocabularyTerm => ({ name: kind, type: 'Class', label: kind, comment: `Entities of kind ${kind}.`, subClassOf: cg('Entity') })),
    ...(options.predicates ?? []).map((p): VocabularyTerm => {
      // Predicates only ever appear inside assertions, but one name must not mean two things.
      if (declared.has(p.id)) throw new RdfError(`vocabularyTerms: predicate "${p.id}" clashes with the vocabulary term cg:${p.id}`, { field: 'predicates' });
      return { name: p.id, type: 'ObjectProperty', label: p.label, comment: p.comment };
    }),
  ];
  return [...VOCABULARY, ...extra];
}

/**
 * The vocabulary as quads (default graph), sorted. Predicates get their CAMEO / PLOVER
 * codes, valence, inverse, contraries, and whether they are functional and symmetric.
 */
export function vocabularyQuads(options: VocabularyOptions = {}): RDFJS.Quad[] {
  const { namedNode, literal, quad } = factory;
  const out: RDFJS.Quad[] = [];
  const add = (s: string, p: string, o: RDFJS.NamedNode | RDFJS.Literal) => out.push(quad(namedNode(s), namedNode(p), o));
  const ontology = CG_NS.slice(0, -1);
  add(ontology, RDF.type, namedNode(OWL.Ontology));
  add(ontology, RDFS.label, literal('claimgraph vocabulary'));
  add(ontology, RDFS.comment, literal('Entities, and dated, attributed claims about them, extracted from news articles.'));
  for (const term of vocabularyTerms(options)) {
    const iri = cg(term.name);
    add(iri, RDF.type, namedNode(OWL_TYPE[term.type]));
    if (term.instanceOf) add(iri, RDF.type, namedNode(term.instanceOf));
    add(iri, RDFS.label, literal(term.label));
    add(iri, RDFS.comment, literal(term.comment));
    add(iri, RDFS.isDefinedBy, namedNode(ontology));
    for (const [p, o] of [[RDFS.subClassOf, term.subClassOf], [RDFS.domain, term.domain], [RDFS.range, term.range]] as const) {
      if (o) add(iri, p, namedNode(o));
    }
  }
  for (const p of options.predicates ?? []) {
    const iri = cg(p.id);
    add(iri, cg('valence'), namedNode(cg(VALENCE_TERMS[p.valence].name)));
    add(iri, cg('functional'), literal(String(p.functional), namedNode(XSD.boolean)));
    if (p.symmetric) add(iri, RDF.type, namedNode(OWL.SymmetricProperty));
    if (p.cameo) add(iri, cg('cameoCode'), literal(p.cameo));
    if (p.plover) add(iri, cg('ploverType'), literal(p.plover));
    if (p.inverse) add(iri, OWL.inverseOf, namedNode(cg(p.inverse)));
    for (const c of p.contrary ?? []) add(iri, cg('contrary'), namedNode(cg(c)));
  }
  return sortQuads(out);
}

/**
 * The vocabulary as Turtle, sorted and stable.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('claimgraph.ttl', vocabularyTurtle({ predicates: PREDICATES }));
 */
export function vocabularyTurtle(options: VocabularyOptions = {}): string {
  return quadsText(vocabularyQuads(options), { format: 'turtle', prefixes: NAMESPACES });
}
