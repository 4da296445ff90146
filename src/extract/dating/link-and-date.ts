import type { Document } from '../../model/document';
import type { EntityLinker } from '../linking/linker';
import type { DocumentLinks } from '../linking/types';
import { inferPublication, type PublicationInference } from './infer-publication';

/**
 * Links a document, dates it from what it presupposes when no manifest or dateline does,
 * and links it again at the new date when that changed and the text has titles without a
 * name, which resolve through it ("the Iranian president").
 *
 * @example
 * const { links, inference } = linkAndDate(document, new EntityLinker());
 * inference.published.time?.value  // '2022-07-01/2022-12-29'
 */
export function linkAndDate(document: Document, linker: EntityLinker): { links: DocumentLinks; inference: PublicationInference } {
  const first = linker.link(document);
  const inference = inferPublication(document, first, linker.lexicon);
  // only titles without a name ("the Iranian president") read differently at another date
  const dateDependent = first.roles.some((r) => !r.named);
  const links = inference.published === document.published || !dateDependent ? first : linker.link(document, { date: inference.published.time });
  return { links, inference };
}
