import type { Document } from '../../model/document';
import { extract } from '../extract';
import type { Extractor } from '../extractor';
import type { ExtractionResult } from '../result';
import { mergeResults } from './merge';
import { failedOn } from './transfer-error';

/**
 * `extract(documents, { extractor })`, one document at a time so that an error names the
 * document's file; `onDocument` is called after each. Runs in a worker, or in this thread
 * with `jobs: 1`.
 */
export function extractEach(documents: readonly Document[], extractor: Extractor, onDocument?: () => void): ExtractionResult {
  const parts = documents.map((document) => {
    let part: ExtractionResult;
    try {
      part = extract([document], { extractor });
    } catch (error) {
      throw failedOn(document.file, error);
    }
    onDocument?.();
    return part;
  });
  return mergeResults(parts);
}
