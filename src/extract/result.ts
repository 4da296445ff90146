import type { DatingBasis } from '../model/document';

/**
 * The JSON shape `claimgraph extract --json` writes: a public contract, documented in the
 * README. Offsets are JavaScript string indices into the file's text as read. Fields may
 * be added in minor versions; none is removed or renamed without a major one.
 */
export interface ExtractionResult {
  documents: ExtractedDocument[];
  entities: ExtractedEntity[];
  /** Dated assertions; filled by claim extraction (empty until then). */
  assertions: unknown[];
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
