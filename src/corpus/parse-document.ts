import type { Document, TextSpan } from '../model/document';
import { findBoilerplate } from './boilerplate';
import { findDateline } from './dateline';
import { datePublication } from './dating';
import { detectHeadline } from './headline';
import { splitLines } from './lines';
import type { ManifestEntry } from './manifest';
import { splitSentences } from './sentences';

/** Options for {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** Path or name of the source file; the document's `file`. */
  file: string;
  /** Document id; by default the file's base name without its extension. */
  id?: string;
  /** What a manifest says about the file; its title, outlet, URL, date and language win. */
  manifest?: ManifestEntry;
}

/** `dir/000_8c0f.txt` → `000_8c0f` (either kind of slash, so the result does not depend on the platform). */
const baseName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/(.)\.[^.]*$/, '$1');

const spanOf = ({ start, end, text }: TextSpan): TextSpan => ({ start, end, text });

/**
 * Turns the text of one article into a {@link Document}: finds the headline, the
 * boilerplate lines (recorded, not deleted), the sentences and the publication date.
 * Pure: it reads no files. `text` is kept exactly as given and every offset points into it.
 *
 * @example
 * const doc = parseDocument(readFileSync('corpus/003.txt', 'utf8'), { file: 'corpus/003.txt' });
 * doc.id                 // '003'
 * doc.published.basis    // 'dateline'
 */
export function parseDocument(text: string, options: ParseDocumentOptions): Document {
  const { file, manifest } = options;
  const language = manifest?.language ?? 'en';
  const lines = splitLines(text);
  const headline = detectHeadline(lines, { language });
  const dateline = findDateline(lines);
  const removed = findBoilerplate(lines, { headline, dateline, language });
  const sentences = splitSentences(text, removed);
  const title = manifest?.title ?? headline?.text ?? null;
  return {
    id: options.id ?? baseName(file),
    file,
    title,
    titleSpan: headline && headline.text === title ? spanOf(headline) : null,
    outlet: manifest?.outlet ?? dateline?.outlet ?? null,
    url: manifest?.url ?? null,
    language,
    published: datePublication(sentences, { published: manifest?.published, dateline }),
    text,
    sentences,
    removed,
  };
}
