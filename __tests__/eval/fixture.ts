import type { ScorableDocument, ScorableEntity, ScorablePublication, ScorableResult } from '../../src/eval/scorable';
import { validateGold, type Gold, type GoldInput } from '../../src/eval/gold';

type GoldDocumentInput = GoldInput['documents'][number];
type GoldEntityInput = GoldInput['entities'][number];

/** A gold document with a publication value and window (`earliest`/`latest` default to the value's day). */
export function goldDocument(file: string, value = '2024-03-27', earliest = value, latest = earliest): GoldDocumentInput {
  return { file, title: null, outlet: null, published: { value, earliest, latest, basis: 'test' }, boilerplate: [] };
}

/** A gold entity. */
export function goldEntity(id: string, type: string, wikidata: string | null, aliases: string[], docs: string[]): GoldEntityInput {
  return { id, label: aliases[0] ?? id, type, wikidata, aliases, docs };
}

/** A validated gold from documents and entities. */
export function gold(documents: GoldDocumentInput[], entities: GoldEntityInput[] = []): Gold {
  return validateGold({ documents, entities });
}

const unknown: ScorablePublication = { value: null, earliest: null, latest: null, basis: 'unknown' };

/** A predicted document; `published` defaults to unknown. */
export function document(file: string, published: Partial<ScorablePublication> = {}): ScorableDocument {
  return { file, published: { ...unknown, ...published } };
}

/** A predicted entity; `mentions` maps a file to the texts mentioned there. */
export function entity(
  id: string,
  label: string,
  mentions: Array<[file: string, text: string]>,
  extra: Partial<Pick<ScorableEntity, 'kind' | 'sameAs' | 'aliases'>> = {},
): ScorableEntity {
  return {
    id,
    label,
    kind: extra.kind ?? 'Person',
    sameAs: extra.sameAs ?? [],
    aliases: extra.aliases ?? [],
    mentions: mentions.map(([file, text]) => ({ file, text })),
  };
}

/** An extraction result (the part of one that evaluation reads). */
export function result(documents: ScorableDocument[], entities: ScorableEntity[] = []): ScorableResult {
  return { documents, entities };
}

export const wd = (qid: string): string => `http://www.wikidata.org/entity/${qid}`;
