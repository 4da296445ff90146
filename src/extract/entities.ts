import type { Lexicon } from '../lexicon/lexicon';
import type { Entity } from '../model/entity';
import { DEFAULT_BASE, entityIri } from '../model/iri';
import type { DocumentLinks } from './linking/types';

/**
 * The model entities a document's links name, keyed as the mentions key them (a lexicon
 * id, or a provisional key): lexicon entries with their Wikidata ids and dated roles,
 * provisional names as bare entities of their guessed kind.
 *
 * @example
 * linkedEntities(linker.link(document), lexicon).get('yair-lapid')?.roles[0]?.title  // 'Foreign Minister'
 */
export function linkedEntities(links: DocumentLinks, lexicon: Lexicon, base: string = DEFAULT_BASE): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const p of links.provisional) {
    entities.set(p.key, { id: entityIri(p.label, base), kind: p.kind, label: p.label, aliases: [...p.aliases].sort(), sameAs: [], roles: [] });
  }
  for (const { entity: key } of links.mentions) {
    const entry = entities.has(key) ? undefined : lexicon.get(key);
    if (entry) entities.set(key, lexicon.toEntity(entry, base));
  }
  return entities;
}
