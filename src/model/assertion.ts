import type { TimeSpan } from '../time/timespan';
import type { TextSpan } from './document';

/**
 * How the source puts the claim: it states it (`asserted`), relays what someone else
 * says (`reported`), or speaks of what could be (`hypothetical`: could, may, if …), is
 * hoped for (`hoped`) or intended (`planned`: intends, plans, will).
 */
export const MODALITIES = ['asserted', 'reported', 'hypothetical', 'hoped', 'planned'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Whether the claim is affirmed or denied ("X did not veto"). */
export const POLARITIES = ['affirmed', 'denied'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** An assertion's object when it is an entity. */
export interface EntityObject {
  kind: 'entity';
  /** IRI of the entity. */
  id: string;
}

/** How a stated number relates to the true one: "at least 45", "about 1,200". */
export const QUANTITY_QUALIFIERS = ['exactly', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'approximately'] as const;
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

/** An assertion's object when it is a value: a number, a date, a phrase. */
export interface LiteralObject {
  kind: 'literal';
  /** The lexical form, e.g. `45` or `a ceasefire in Gaza`. */
  value: string;
  /** Datatype IRI, e.g. `http://www.w3.org/2001/XMLSchema#integer`. */
  datatype: string;
  /** Language tag; a tagged literal's datatype must be `rdf:langString`, as in RDF. */
  language?: string;
  /** For numbers: how the text bounds the value. */
  qualifier?: QuantityQualifier;
}

export type AssertionObject = EntityObject | LiteralObject;

/**
 * One claim made by one source: *subject predicate object*, when it holds, who said it
 * and how. Assertions are claims, not facts: two sources may disagree and both are kept.
 */
export interface Assertion {
  /** Stable IRI (see {@link assertionIri}). */
  id: string;
  /** IRI of the subject entity. */
  subject: string;
  /** Predicate id from the vocabulary, e.g. `meets` (exported as `cg:meets`). */
  predicate: string;
  object: AssertionObject;
  /** When the claimed thing holds or happened; `null` when the source gives no time. */
  valid: TimeSpan | null;
  /** When the source recorded it (its publication time); `null` when unknown. */
  recorded: TimeSpan | null;
  /** IRI of the source document. */
  source: string;
  /** Where in the source document the claim is made. */
  evidence: TextSpan | null;
  /** IRI of the speaker the source attributes the claim to ("X said"), if any. */
  attributedTo: string | null;
  modality: Modality;
  polarity: Polarity;
  /** How sure the extractor is, 0–1. */
  confidence: number;
}
