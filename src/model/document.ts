import type { TimeSpan } from '../time/timespan';

/** A character range `[start, end)` in a document's original text (JavaScript string indices). */
export interface TextSpan {
  start: number;
  end: number;
  /** The text between `start` and `end`, as it stands in the original. */
  text: string;
}

/** Why the loader set a line aside as site chrome rather than article text. */
export type BoilerplateReason =
  | 'banner' // site name or navigation above the headline
  | 'repeated' // a headline or heading printed twice
  | 'tagline' // a tag list or label between headline and body
  | 'dateline' // a byline line that carries the publication date
  | 'widget' // comment boxes, share buttons, menus
  | 'navigation' // trailing lists of related links, categories
  | 'translation'; // a line in another language than the article (e.g. an untranslated caption)

/** A line the loader removed from the article text. It is recorded, never silently dropped. */
export interface RemovedLine extends TextSpan {
  reason: BoilerplateReason;
}

/** One sentence (or headline / heading line) with its offsets into the original text. */
export interface Sentence extends TextSpan {
  /** 0-based position among the document's sentences. */
  index: number;
}

/**
 * How a document's publication time was established: given by the user's manifest, a
 * date printed in the byline / dateline, inferred from the dates and facts the text
 * mentions (`content`), or nothing to go on (`unknown`).
 */
export const DATING_BASES = ['manifest', 'dateline', 'content', 'unknown'] as const;
export type DatingBasis = (typeof DATING_BASES)[number];

/** When a document was published, and how we know. */
export interface PublicationDate {
  /** The publication time; `null` when unknown. Inferred windows have `explicit: false`. */
  time: TimeSpan | null;
  basis: DatingBasis;
  /** A sentence a person can read: what the date rests on, or why it is unknown. */
  note: string;
  /** The passages of the text the date rests on (the dateline, the dates mentioned). */
  evidence: TextSpan[];
}

/**
 * A source document: one news article as loaded from a file or given in memory.
 * `text` is the file's text exactly as read; every offset in the library points into it.
 */
export interface Document {
  /** Stable id, derived from the file name (`000_8c0fb1a689d43340`). */
  id: string;
  /** Path of the file as given to the loader, or a name chosen by the caller. */
  file: string;
  /** The headline, `null` when the article has none. */
  title: string | null;
  /** Where the headline stands in the original text. */
  titleSpan: TextSpan | null;
  /** Publishing outlet when known (manifest or dateline). */
  outlet: string | null;
  url: string | null;
  /** BCP 47 language tag; `en` unless the manifest says otherwise. */
  language: string;
  published: PublicationDate;
  /** The original text. */
  text: string;
  /** Sentences of the cleaned text (headline and headings included), in order. */
  sentences: Sentence[];
  /** Lines set aside as boilerplate, in order. */
  removed: RemovedLine[];
}

/**
 * The document's text with every removed line blanked out by spaces: the same length as
 * `text`, so offsets found in it are offsets into the original.
 */
export function cleanText(document: Pick<Document, 'text' | 'removed'>): string {
  let out = '';
  let at = 0;
  for (const line of document.removed) {
    out += document.text.slice(at, line.start) + ' '.repeat(line.end - line.start);
    at = line.end;
  }
  return out + document.text.slice(at);
}
