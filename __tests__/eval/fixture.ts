import type { ScorableAssertion, ScorableDocument, ScorableEntity, ScorablePublication, ScorableResult } from '../../src/eval/scorable';
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

/** A validated gold from documents, entities and (loosely typed) events. */
export function gold(documents: GoldDocumentInput[], entities: GoldEntityInput[] = [], events?: GoldInput['events']): Gold {
  return validateGold({ documents, entities, ...(events !== undefined && { events }) });
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

/** An extraction result (the part of one that evaluation reads); `assertions` only when given. */
export function result(documents: ScorableDocument[], entities: ScorableEntity[] = [], assertions?: ScorableAssertion[]): ScorableResult {
  return { documents, entities, ...(assertions !== undefined && { assertions }) };
}

/** The span `[start, end)` of the `occurrence`-th (from 0) `phrase` in `text`, with its text. */
export function span(text: string, phrase: string, occurrence = 0): ScorableAssertion['evidence'] {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`span: "${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase };
}

/** A predicted assertion: affirmed, asserted, unattributed and undated unless `extra` says otherwise. */
export function assertion(
  file: string,
  evidence: ScorableAssertion['evidence'],
  subject: string,
  predicate: string,
  object: ScorableAssertion['object'],
  extra: Partial<ScorableAssertion> = {},
): ScorableAssertion {
  return { file, evidence, subject, predicate, object, valid: null, attributedTo: null, modality: 'asserted', polarity: 'affirmed', ...extra };
}

export const wd = (qid: string): string => `http://www.wikidata.org/entity/${qid}`;
