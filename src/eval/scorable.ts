import type { ExtractedDocument, ExtractedEntity, ExtractedMention, ExtractedPublication } from '../extract/result';

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
 * What evaluation needs of an extraction result: every `ExtractionResult` (what `extract()`
 * returns and `claimgraph extract --json` writes) is one, and so is the output of another
 * extractor that gives documents with their publication window and entities with their
 * mentions. Fields the contract adds later are not needed to score.
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
}
