import { compareStrings } from '../util/compare-strings';
import type { Gold } from './gold';
import type { ScorableResult } from './scorable';

/**
 * The key a document is matched under: the file's base name, whatever the separator
 * (`examples/corpus/000_8c0f.txt`, `C:\corpus\000_8c0f.txt` and `000_8c0f.txt` are one).
 *
 * @example
 * documentKey('examples/corpus/000_8c0fb1a689d43340.txt')  // '000_8c0fb1a689d43340.txt'
 */
export function documentKey(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/** Which documents an evaluation scores, and which it leaves out because only one side has them. */
export interface DocumentMatch {
  /** Base names of the documents in both the gold and the result, sorted: the ones scored. */
  scored: string[];
  /** Gold documents the result does not have (not scored: nothing was extracted from them). */
  goldOnly: string[];
  /** Result documents the gold does not describe (not scored: nothing to compare with). */
  predictedOnly: string[];
}

/**
 * Pairs the result's documents with the gold's by file base name ({@link documentKey}).
 * Only documents on both sides are scored, so a result for part of a corpus is scored on
 * that part; the others are listed so that a missing file does not go unnoticed.
 *
 * @example
 * matchDocuments({ documents: [{ file: 'corpus/000.txt', … }], entities: [] }, gold)
 * // { scored: ['000.txt'], goldOnly: ['001.txt'], predictedOnly: [] }
 */
export function matchDocuments(result: ScorableResult, gold: Gold): DocumentMatch {
  const predicted = new Set(result.documents.map((document) => documentKey(document.file)));
  const golden = new Set(gold.documents.map((document) => documentKey(document.file)));
  const sorted = (keys: Iterable<string>) => [...keys].sort(compareStrings);
  return {
    scored: sorted([...golden].filter((key) => predicted.has(key))),
    goldOnly: sorted([...golden].filter((key) => !predicted.has(key))),
    predictedOnly: sorted([...predicted].filter((key) => !golden.has(key))),
  };
}
