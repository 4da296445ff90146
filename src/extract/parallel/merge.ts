import { compareStrings } from '../../util/compare-strings';
import type { ExtractedEntity, ExtractionResult } from '../result';

/**
 * The result of `extract()` over consecutive runs of documents → its result over all of
 * them, as if extracted in one go: documents and assertions concatenate; an entity takes
 * its label, kind, `sameAs` and `provisional` from the first run that mentions it, its
 * aliases are the union in order of appearance, its mentions concatenate in order.
 * Entities come sorted by id, as `extract()` sorts them.
 */
export function mergeResults(parts: readonly ExtractionResult[]): ExtractionResult {
  if (parts.length === 1) return parts[0]!;
  const entities = new Map<string, ExtractedEntity>();
  for (const part of parts) {
    for (const entity of part.entities) {
      const seen = entities.get(entity.id);
      if (!seen) {
        entities.set(entity.id, { ...entity, aliases: [...entity.aliases], mentions: [...entity.mentions] });
        continue;
      }
      for (const alias of entity.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
      seen.mentions.push(...entity.mentions);
    }
  }
  return {
    documents: parts.flatMap((p) => p.documents),
    entities: [...entities.values()].sort((a, b) => compareStrings(a.id, b.id)),
    assertions: parts.flatMap((p) => p.assertions),
  };
}
