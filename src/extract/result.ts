import type { DatingBasis } from '../model/document';

/**
 * The JSON shape `claimgraph extract --json` writes: a public contract, documented in the
 * README. Offsets are JavaScript string indices into the file's text as read. Fields may
 * be added in minor versions; none is removed or renamed without a major one.
 */
export interface ExtractionResult {
  documents: ExtractedDocument[];
  entities: ExtractedEntity[];
  /** Dated, attributed claims, in document order. */
  assertions: ExtractedAssertion[];
}

/** A time span in the result: its ISO-like value at its granularity and its day bounds. */
export interface ExtractedTime {
  /** `2024`, `2024-03`, `2024-03-25`, `2024-03-25/2024-10-07`, `2022-02-24/..`. */
  value: string;
  earliest: string | null;
  latest: string | null;
  granularity: 'day' | 'month' | 'year' | 'interval';
  /** The words it was read from ("last Tuesday"), when the text gave it. */
  expression?: string;
}

/** One claim made by one document. */
export interface ExtractedAssertion {
  /** Stable IRI. */
  id: string;
  /** Entity id (IRI) of the subject. */
  subject: string;
  /** Predicate id of the vocabulary (`meets`, `criticizes`, …). */
  predicate: string;
  /** An entity id, or a typed literal (`{ value: "45", datatype: xsd:integer, qualifier: "atLeast" }`). */
  object: string | { value: string; datatype: string; qualifier?: string };
  /** When the claimed thing holds or happened; `null` when the text does not say. */
  valid: ExtractedTime | null;
  /** When the document recorded it: its publication time; `null` when unknown. */
  recorded: ExtractedTime | null;
  file: string;
  /** Id of the document. */
  document: string;
  evidence: { start: number; end: number; text: string };
  /** Entity id of the speaker the document attributes the claim to, or `null`. */
  attributedTo: string | null;
  modality: 'asserted' | 'reported' | 'hypothetical' | 'hoped' | 'planned';
  polarity: 'affirmed' | 'denied';
  confidence: number;
}

/** A document and when it was published. */
export interface ExtractedDocument {
  id: string;
  /** The file as given to the loader. */
  file: string;
  title: string | null;
  published: ExtractedPublication;
}

/** A publication time as a window of days; `null` bounds are open or unknown. */
export interface ExtractedPublication {
  /** The span value (`2024-03-27`, `2024-05`, `2024-05-29/2024-11-05`, `2005/..`); `null` when unknown. */
  value: string | null;
  earliest: string | null;
  latest: string | null;
  basis: DatingBasis;
  /** What the date rests on, in a sentence. */
  note: string;
  /** For dates inferred from content: what the text presupposes, that the window satisfies. */
  constraints: ExtractedDateConstraint[];
  /** Presuppositions that cannot hold together with the others (conflicting date evidence). */
  conflicts: ExtractedDateConstraint[];
}

/** One presupposition about the date: its words, the days it allows, and why. */
export interface ExtractedDateConstraint {
  text: string;
  start: number;
  end: number;
  /** Span values of the days allowed (`2022-07-01/2022-12-29`, `2021-01-21/..`). */
  allowed: string[];
  reason: string;
}

/** An entity with every place it is mentioned. */
export interface ExtractedEntity {
  /** Stable IRI. */
  id: string;
  label: string;
  kind: string;
  /** Wikidata IRIs. */
  sameAs: string[];
  aliases: string[];
  /** Not in the lexicon: recognised from the text alone, kind guessed. */
  provisional: boolean;
  mentions: ExtractedMention[];
}

/** One mention: where it stands and what it says. */
export interface ExtractedMention {
  file: string;
  /** Id of the document the file was loaded as. */
  document: string;
  start: number;
  end: number;
  text: string;
}
