import { KnowledgeGraph, parseTimeSpan, wikidataIri, type AssertionInput, type EntityInput, type Source } from '../../src';
import type { PredicateDefinition } from '../../src/model/predicate';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
export const DOC_A = 'urn:claimgraph:doc/000_a';
export const DOC_B = 'urn:claimgraph:doc/001_b%20b';
const e = (slug: string) => `urn:claimgraph:entity/${slug}`;

const SOURCES: Source[] = [
  {
    id: DOC_A,
    file: 'corpus/000_a.txt',
    title: 'Putin "calls" Netanyahu\nafter the vote',
    outlet: 'Báo Quốc Tế',
    url: 'https://example.org/news?id=1&x="y"',
    language: 'en',
    published: { time: parseTimeSpan('2024-03-27'), basis: 'manifest', note: 'given by the manifest' },
  },
  {
    id: DOC_B,
    file: 'C:\\corpus\\001 b.txt',
    title: null,
    outlet: null,
    url: null,
    language: 'fr',
    published: {
      time: parseTimeSpan('2024-03/2024-04', { explicit: false, expression: 'last month' }),
      basis: 'content',
      note: 'inferred from the dates the text mentions — «mars»',
    },
  },
];

const ENTITIES: EntityInput[] = [
  { kind: 'Person', label: 'Vladimir Putin', aliases: ['Putin', 'the Kremlin chief'], sameAs: [wikidataIri('Q7747')] },
  {
    kind: 'Person',
    label: 'Benjamin Netanyahu',
    aliases: ['Bibi', 'בנימין נתניהו'],
    roles: [
      { title: 'Prime Minister', of: e('israel'), term: parseTimeSpan('2022-12-29/..') },
      { title: 'Prime Minister', of: e('israel'), term: parseTimeSpan('1996-06/1999-07', { expression: 'in the late nineties' }) },
      { title: 'Leader of Likud', of: null, term: null },
    ],
  },
  { kind: 'Person', label: 'Yair Lapid', roles: [{ title: 'Prime Minister', of: e('israel'), term: parseTimeSpan('2022-07-01/2022-12-29'), qualifier: 'interim' }] },
  { kind: 'Country', label: 'Israel', aliases: ['Tel Aviv', 'the Zionist regime'], sameAs: [wikidataIri('Q801')] },
  { kind: 'Country', label: 'Russia', aliases: ['the Kremlin'], sameAs: [wikidataIri('Q159')] },
  { kind: 'Country', label: 'United States' },
  { kind: 'Militia', label: 'Wagner Group' }, // a kind the vocabulary does not know
];

const ASSERTIONS: AssertionInput[] = [
  {
    subject: e('vladimir-putin'),
    predicate: 'phoneCall',
    object: { kind: 'entity', id: e('benjamin-netanyahu') },
    source: DOC_A,
    valid: parseTimeSpan('2024-03-25', { expression: 'last Monday', explicit: false }),
    recorded: parseTimeSpan('2024-03-26'),
    evidence: { start: 10, end: 62, text: 'He said "no" \\ twice,\nthen 🙂 hung up' },
    confidence: 0.85,
  },
  {
    subject: e('israel'),
    predicate: 'kills',
    object: { kind: 'literal', value: '45', datatype: `${XSD}integer`, qualifier: 'atLeast' },
    source: DOC_B,
    valid: parseTimeSpan('2024-03'),
    evidence: { start: 0, end: 9, text: 'au moins 45' },
  },
  {
    subject: e('benjamin-netanyahu'),
    predicate: 'demands',
    object: { kind: 'literal', value: 'un cessez-le-feu « durable »', datatype: LANG_STRING, language: 'fr' },
    source: DOC_B,
    valid: parseTimeSpan('2024'),
    modality: 'hoped',
  },
  {
    subject: e('united-states'),
    predicate: 'vetoes',
    object: { kind: 'entity', id: e('israel') },
    source: DOC_A,
    valid: parseTimeSpan('2022-02-24/2022-08'),
    attributedTo: e('russia'),
    modality: 'reported',
    polarity: 'denied',
    confidence: 0.5,
  },
  {
    subject: e('russia'),
    predicate: 'threatens',
    object: { kind: 'entity', id: e('united-states') },
    source: DOC_A,
    valid: parseTimeSpan('../2022-02-24', { explicit: false, expression: 'before the invasion' }),
  },
  {
    subject: e('wagner-group'),
    predicate: 'fightsIn',
    object: { kind: 'entity', id: e('russia') },
    source: DOC_A,
    valid: parseTimeSpan('2022-02/..'),
    recorded: null,
    modality: 'hypothetical',
  },
  {
    subject: e('israel'),
    predicate: 'kills',
    object: { kind: 'literal', value: '1200.5', datatype: `${XSD}decimal`, qualifier: 'approximately' },
    source: DOC_A,
    valid: null,
    confidence: 0.000001,
  },
  {
    subject: e('russia'),
    predicate: 'invades',
    object: { kind: 'literal', value: '2022-02-24', datatype: `${XSD}date` },
    source: DOC_B,
    modality: 'planned',
  },
];

/** Predicates the fixture uses, for the vocabulary. */
export const PREDICATES: PredicateDefinition[] = ['phoneCall', 'kills', 'demands', 'vetoes', 'threatens', 'fightsIn', 'invades'].map((id) => ({
  id,
  label: id,
  comment: `Test predicate ${id}.`,
  valence: 'neutral',
  functional: false,
  symmetric: id === 'phoneCall',
  ...(id === 'vetoes' && { contrary: ['demands'], cameo: '1056', plover: 'REJECT' }),
}));

/**
 * Two sources, six entities (one of a kind the vocabulary does not know), eight
 * assertions covering every granularity, open intervals, null times, both object kinds,
 * a qualifier, a language tag, speakers, every modality, and awkward strings.
 * `reversed` inserts everything in the opposite order.
 */
export function richGraph(reversed = false): KnowledgeGraph {
  const order = <T>(items: T[]): T[] => (reversed ? [...items].reverse() : items);
  const kg = new KnowledgeGraph();
  for (const s of order(SOURCES)) kg.addSource(s);
  for (const entity of order(ENTITIES)) kg.addEntity(reversed ? { ...entity, roles: entity.roles && order(entity.roles) } : entity);
  for (const a of order(ASSERTIONS)) kg.addAssertion(a);
  return kg;
}

/** The parts of a graph that must survive a round trip. */
export function contents(kg: KnowledgeGraph) {
  return { sources: kg.sources(), entities: kg.entities(), assertions: kg.assertions() };
}

/** A graph of `n` assertions over a few entities, for streaming. */
export function largeGraph(n: number): KnowledgeGraph {
  const kg = new KnowledgeGraph();
  for (const s of SOURCES) kg.addSource(s);
  const ids = ENTITIES.map((entity) => kg.addEntity(entity).id);
  for (let i = 0; i < n; i++) {
    kg.addAssertion({
      subject: ids[i % ids.length]!,
      predicate: 'kills',
      object: { kind: 'literal', value: String(i), datatype: `${XSD}integer` },
      source: i % 2 ? DOC_A : DOC_B,
      valid: parseTimeSpan(`${2000 + (i % 25)}-0${1 + (i % 9)}`),
      evidence: { start: i, end: i + 5, text: `item ${i}` },
    });
  }
  return kg;
}
