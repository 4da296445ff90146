import { z } from 'zod';
import { GoldError } from '../errors';
import { parseJson } from '../io/json';
import { fieldPath } from '../io/field-path';
import { documentKey } from './documents';
import { daySchema, fieldError, parseWithSchema, readJsonInput, spanSchema, type InputSource } from './schema';

const goldPublicationSchema = z.looseObject({
  /** The publication time at its granularity (`2024-05`, `2024-03-27`). */
  value: spanSchema,
  /** First day the article can have appeared. */
  earliest: daySchema,
  /** Last day the article can have appeared. */
  latest: daySchema,
  /** How the gold date was established, in words. */
  basis: z.string(),
});

const goldDocumentSchema = z.looseObject({
  /** File name (`000_8c0fb1a689d43340.txt`); matched to results by base name. */
  file: z.string().min(1),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: goldPublicationSchema,
  /** Lines that are site chrome, not article text. */
  boilerplate: z.array(z.string()),
});

const goldEntitySchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().min(1),
  /** `Person`, `Country`, `Organization`, `GovernmentBody`, `Place`, `Event`, … */
  type: z.string().min(1),
  /** Wikidata QID (`Q7747`), or `null` when there is none. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { message: 'not a Wikidata QID (expected e.g. "Q7747", or null)' })
    .nullable(),
  /** Every surface form the corpus uses for the entity. */
  aliases: z.array(z.string().min(1)),
  /** The gold documents (file names) the entity appears in. */
  docs: z.array(z.string().min(1)),
});

/** A record of a section that later evaluations score: kept as written, only required to be an object. */
const looseRecord = z.looseObject({});

const goldSchema = z.looseObject({
  documents: z.array(goldDocumentSchema),
  entities: z.array(goldEntitySchema),
  events: z.array(looseRecord).default([]),
  contradictions: z.array(looseRecord).default([]),
  changes: z.array(looseRecord).default([]),
  lookalikes: z.array(looseRecord).default([]),
  timelines: z.record(z.string(), z.unknown()).default({}),
});

/**
 * A gold annotation of a corpus, shaped like `seeds.gold.json`: the `documents` (title,
 * outlet, publication date and window, boilerplate lines), the `entities` (id, label, type,
 * Wikidata QID or `null`, aliases, the files they appear in), and the `events`,
 * `contradictions`, `changes`, `lookalikes` and `timelines` sections, kept as written
 * (records only checked to be objects; missing sections are empty). Unknown fields are kept.
 */
export type Gold = z.output<typeof goldSchema>;
/** A gold file's content before validation fills the missing optional sections. */
export type GoldInput = z.input<typeof goldSchema>;
/** One gold document. */
export type GoldDocument = Gold['documents'][number];
/** A gold document's publication date: `value` at its granularity, and the `[earliest, latest]` window. */
export type GoldPublication = GoldDocument['published'];
/** One gold entity. */
export type GoldEntity = Gold['entities'][number];

/** Checks what the schema cannot: windows in order, unique files and ids, `docs` naming gold documents. */
function checkConsistency(gold: Gold, source: InputSource): void {
  const files = new Set<string>();
  gold.documents.forEach((document, index) => {
    const { earliest, latest } = document.published;
    if (earliest > latest) throw fieldError(source, fieldPath(['documents', index, 'published']), `earliest ${earliest} is after latest ${latest}`);
    const key = documentKey(document.file);
    if (files.has(key)) throw fieldError(source, fieldPath(['documents', index, 'file']), `"${key}" is listed twice`);
    files.add(key);
  });
  const ids = new Set<string>();
  gold.entities.forEach((entity, index) => {
    if (ids.has(entity.id)) throw fieldError(source, fieldPath(['entities', index, 'id']), `"${entity.id}" is used twice`);
    ids.add(entity.id);
    entity.docs.forEach((doc, d) => {
      if (!files.has(documentKey(doc))) throw fieldError(source, fieldPath(['entities', index, 'docs', d]), `"${doc}" is not one of the gold documents`);
    });
  });
}

function validate(value: unknown, source: InputSource): Gold {
  const gold = parseWithSchema(goldSchema, value, source);
  checkConsistency(gold, source);
  return gold;
}

/**
 * Checks that a value is a gold annotation (see {@link Gold}) and returns it with missing
 * optional sections filled in. Beyond the schema: each publication window has
 * `earliest ≤ latest`, document files (by base name) and entity ids are unique, and every
 * entity's `docs` names a gold document.
 *
 * @example
 * const gold = validateGold({ documents: [], entities: [] });   // events, contradictions, … = []
 * @throws {GoldError} naming the file (when given) and the field at fault (`entities[3].wikidata`).
 */
export function validateGold(value: unknown, file?: string): Gold {
  return validate(value, { fn: 'validateGold', file });
}

/**
 * Parses and validates the JSON text of a gold file.
 *
 * @example
 * const gold = parseGold(readFileSync('seeds.gold.json', 'utf8'), 'seeds.gold.json');
 * gold.entities.find((e) => e.id === 'vladimir_putin')?.wikidata   // 'Q7747'
 * @throws {GoldError} for invalid JSON (with `file:line:column`) or a field that does not fit
 * (with its path, e.g. `documents[2].published.earliest`).
 */
export function parseGold(text: string, file?: string): Gold {
  return validate(parseJson(text, 'parseGold', file, GoldError), { fn: 'parseGold', file });
}

/**
 * Reads, parses and validates a gold file.
 *
 * @example
 * const gold = await loadGold('__tests__/fixtures/seeds.gold.json');
 * gold.documents.length   // 5
 * @throws {GoldError} when the file cannot be read, is not valid JSON (with line and column)
 * or does not fit the schema (with the field path).
 */
export async function loadGold(file: string): Promise<Gold> {
  return validate(await readJsonInput(file, 'loadGold'), { fn: 'loadGold', file });
}
