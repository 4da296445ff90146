import { KnowledgeGraph } from '../../src/graph/knowledge-graph';
import type { LiteralObject, Modality, QuantityQualifier } from '../../src/model/assertion';
import type { Role } from '../../src/model/entity';
import { documentIri, entityIri } from '../../src/model/iri';
import { parseTimeSpan, type TimeSpan } from '../../src/time/timespan';
import { mulberry32 } from '../../src/util/mulberry32';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

const random = mulberry32;

// Predicates chosen to exercise every rule: symmetric, inverse, contrary, functional, holdsOffice, plain.
const ENTITY_PREDICATES = ['meets', 'visits', 'hosts', 'praises', 'condemns', 'criticizes', 'supports', 'opposes', 'strengthensTiesWith', 'cutsTiesWith', 'votesFor', 'vetoes', 'abstainsOn', 'attacks'];
const QUALIFIERS: QuantityQualifier[] = ['exactly', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'approximately'];
const MODALITIES: Modality[] = ['asserted', 'reported', 'hoped', 'planned', 'hypothetical'];
const TITLES = ['President', ' president', 'Prime  Minister', 'Foreign Minister'];

/** Options for {@link randomGraph}. */
export interface RandomGraphOptions {
  claims: number;
  entities?: number;
  sources?: number;
  seed?: number;
}

/**
 * A graph of random claims among a few entities, over a few months, so that the
 * contradiction rules find things to report: both polarities, symmetric and inverse
 * predicates, contrary pairs, bounded figures of a functional predicate, office claims
 * against dated roles, undated claims, speakers, modalities and confidences.
 */
export function randomGraph({ claims, entities = 8, sources = 4, seed = 1 }: RandomGraphOptions): KnowledgeGraph {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const kg = new KnowledgeGraph();
  const day = (): string => `2024-0${1 + Math.floor(rnd() * 6)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const span = (): TimeSpan => {
    const r = rnd();
    const d = day();
    if (r < 0.4) return parseTimeSpan(d);
    if (r < 0.7) return parseTimeSpan(d.slice(0, 7));
    if (r < 0.8) return parseTimeSpan(`${d}/..`);
    if (r < 0.85) return parseTimeSpan(`../${d}`);
    const e = day();
    return parseTimeSpan(d < e ? `${d}/${e}` : `${e}/${d}`);
  };
  for (let i = 0; i < sources; i++) {
    const published = rnd() < 0.8 ? span() : null;
    kg.addSource({ id: documentIri(`s${i}`), file: `corpus/s${i}.txt`, title: `Source ${i}`, outlet: null, url: null, language: 'en', published: { time: published, basis: published ? 'manifest' : 'unknown', note: '' } });
  }
  const labels = Array.from({ length: entities }, (_, i) => `Entity ${i}`);
  for (const label of labels) {
    const roles: Role[] = rnd() < 0.5 ? [{ title: pick(['President', 'Prime Minister']), of: null, term: parseTimeSpan(rnd() < 0.5 ? '2024-02/2024-04' : '2024-05-10/..') }] : [];
    kg.addEntity({ kind: 'Person', label, roles });
  }
  for (let i = 0; i < claims; i++) {
    const r = rnd();
    const subject = entityIri(pick(labels));
    let predicate: string;
    let object: { kind: 'entity'; id: string } | LiteralObject;
    if (r < 0.15) {
      predicate = 'deathToll';
      object = { kind: 'literal', value: String(pick([40, 45, 47, 100, 1200, 1400])), datatype: `${XSD}${pick(['integer', 'decimal'])}`, qualifier: pick(QUALIFIERS) };
    } else if (r < 0.3) {
      predicate = 'holdsOffice';
      object = { kind: 'literal', value: pick(TITLES), datatype: `${XSD}string` };
    } else if (r < 0.38) {
      predicate = pick(['demands', 'changesPolicy']);
      object = { kind: 'literal', value: pick(['a ceasefire', 'its policy', '45', 'a truce']), datatype: `${XSD}string` };
    } else {
      predicate = pick(ENTITY_PREDICATES);
      object = { kind: 'entity', id: entityIri(pick(labels)) };
    }
    const source = documentIri(`s${Math.floor(rnd() * sources)}`);
    const text = `claim ${i}`;
    kg.addAssertion({
      subject,
      predicate,
      object,
      source,
      valid: rnd() < 0.75 ? span() : null,
      evidence: { start: 0, end: text.length, text },
      polarity: rnd() < 0.3 ? 'denied' : 'affirmed',
      modality: rnd() < 0.7 ? 'asserted' : pick(MODALITIES),
      attributedTo: rnd() < 0.3 ? entityIri(pick(labels)) : null,
      confidence: pick([1, 0.9, 0.5, 0.3]),
    });
  }
  return kg;
}
