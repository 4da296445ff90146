import type { ExtractedAssertion, ExtractedDocument, ExtractedEntity, ExtractedMention, ExtractedPublication, ExtractedTime } from '../extract/result';

/** The part of a publication time that evaluation reads. */
export type ScorablePublication = Pick<ExtractedPublication, 'value' | 'earliest' | 'latest' | 'basis'>;

/** The part of a document that evaluation reads. */
export interface ScorableDocument extends Pick<ExtractedDocument, 'file'> {
  published: ScorablePublication;
}

/** The part of a mention that evaluation reads. */
export type ScorableMention = Pick<ExtractedMention, 'file' | 'text'>;

/** The part of an entity that evaluation reads. */
export interface ScorableEntity extends Pick<ExtractedEntity, 'id' | 'label' | 'kind' | 'sameAs' | 'aliases'> {
  mentions: readonly ScorableMention[];
}

/**
 * The part of an assertion that event scoring reads: its arguments (entity ids; the object
 * may be a literal), its file and evidence span, its valid time, speaker, modality and polarity.
 */
export interface ScorableAssertion
  extends Pick<ExtractedAssertion, 'subject' | 'predicate' | 'object' | 'file' | 'attributedTo' | 'modality' | 'polarity'> {
  /** Shown in the report when present. */
  id?: string;
  /** When the claimed thing holds or happened (`2024-03-25`, `2024-03`, `2024-03-25/2024-03-31`); `null` when not said. */
  valid: Pick<ExtractedTime, 'value'> | null;
  /** Offsets `[start, end)` into the file's text as read, and the text there. */
  evidence: Pick<ExtractedAssertion['evidence'], 'start' | 'end' | 'text'>;
}

/**
 * What evaluation needs of an extraction result: every `ExtractionResult` (what `extract()`
 * returns and `claimgraph extract --json` writes) is one, and so is the output of another
 * extractor that gives documents with their publication window and entities with their
 * mentions. `assertions` are optional: a result without them (saved before assertions were
 * extracted, or from an extractor that has none) is scored on entities and dates only, and its
 * events are reported as not scored ("no assertions"). Fields the contract adds later are not
 * needed to score.
 *
 * @example
 * const result: ScorableResult = {
 *   documents: [{ file: 'a.txt', published: { value: '2024-03', earliest: '2024-03-01', latest: '2024-03-31', basis: 'content' } }],
 *   entities: [{ id: 'e1', label: 'Putin', kind: 'Person', sameAs: [], aliases: [], mentions: [{ file: 'a.txt', text: 'Putin' }] }],
 * };
 */
export interface ScorableResult {
  documents: readonly ScorableDocument[];
  entities: readonly ScorableEntity[];
  /** The claims, scored against the gold `events` (`scoreEvents`); absent: events are not scored. */
  assertions?: readonly ScorableAssertion[];
}
