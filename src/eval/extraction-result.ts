import { z } from 'zod';
import { GoldError } from '../errors';
import { parseJson } from '../io/json';
import { fieldPath } from '../io/field-path';
import { MODALITIES, POLARITIES } from '../model/assertion';
import { DATING_BASES } from '../model/document';
import type { ScorableResult } from './scorable';
import { daySchema, fieldError, parseWithSchema, readJsonInput, spanSchema, type InputSource } from './schema';

// Only what scoring reads is required; every other field (ids, notes, offsets, whatever the
// contract adds later) is optional and kept as it is. `assertions` may be missing (older
// results); when present, each must have what event scoring reads.
const publicationSchema = z.looseObject({
  value: spanSchema.nullable(),
  earliest: daySchema.nullable(),
  latest: daySchema.nullable(),
  basis: z.enum(DATING_BASES),
});

const documentSchema = z.looseObject({
  file: z.string().min(1),
  published: publicationSchema,
});

const mentionSchema = z.looseObject({
  file: z.string().min(1),
  text: z.string(),
});

const entitySchema = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  kind: z.string(),
  sameAs: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  mentions: z.array(mentionSchema),
});

const offsetSchema = z.int().nonnegative();

const assertionSchema = z.looseObject({
  id: z.string().optional(),
  subject: z.string().min(1),
  predicate: z.string().min(1),
  object: z.union([z.string().min(1), z.looseObject({ value: z.string(), datatype: z.string(), qualifier: z.string().optional() })]),
  valid: z.looseObject({ value: z.string().min(1) }).nullable(),
  file: z.string().min(1),
  evidence: z.looseObject({ start: offsetSchema, end: offsetSchema, text: z.string() }),
  attributedTo: z.string().min(1).nullable(),
  modality: z.enum(MODALITIES),
  polarity: z.enum(POLARITIES),
});

const resultSchema = z.looseObject({
  documents: z.array(documentSchema),
  entities: z.array(entitySchema),
  assertions: z.array(assertionSchema).optional(),
});

function validate(value: unknown, source: InputSource): ScorableResult {
  const result = parseWithSchema(resultSchema, value, source);
  result.documents.forEach(({ published: { earliest, latest } }, index) => {
    if (earliest !== null && latest !== null && earliest > latest) {
      throw fieldError(source, fieldPath(['documents', index, 'published']), `earliest ${earliest} is after latest ${latest}`);
    }
  });
  result.assertions?.forEach(({ evidence: { start, end } }, index) => {
    if (start > end) throw fieldError(source, fieldPath(['assertions', index, 'evidence']), `start ${start} is after end ${end}`);
  });
  return result;
}

/**
 * Checks that a value is an extraction result that can be scored — the shape
 * `claimgraph extract --json` writes, or another extractor's output of the same shape.
 * Required are only the fields evaluation reads ({@link ScorableResult}): each document's
 * `file` and `published` `{ value, earliest, latest, basis }` (span, days or `null`, a dating
 * basis; `earliest ≤ latest`), and each entity's `id`, `label`, `kind` and `mentions`
 * (`{ file, text }`), with `sameAs` and `aliases` lists defaulting to empty. `assertions`
 * may be absent (events are then not scored); when present, each needs `subject` and
 * `predicate` (non-empty strings), `object` (an entity id or `{ value, datatype }`), `valid`
 * (`{ value }` or `null`), `file`, `evidence` `{ start, end, text }` (offsets, `start ≤ end`),
 * `attributedTo` (an id or `null`), `modality` (`asserted`, `reported`, `hypothetical`,
 * `hoped`, `planned`) and `polarity` (`affirmed`, `denied`). Every other field is kept as it is.
 *
 * @example
 * validateExtractionResult({ documents: [], entities: [], assertions: [] })
 * @throws {GoldError} naming the file (when given) and the field at fault (`entities[0].sameAs`).
 */
export function validateExtractionResult(value: unknown, file?: string): ScorableResult {
  return validate(value, { fn: 'validateExtractionResult', file });
}

/**
 * Parses and validates the JSON text of a saved extraction result (see {@link validateExtractionResult}).
 *
 * @example
 * const result = parseExtractionResult(readFileSync('result.json', 'utf8'), 'result.json');
 * @throws {GoldError} for invalid JSON (with `file:line:column`) or a field that does not fit.
 */
export function parseExtractionResult(text: string, file?: string): ScorableResult {
  return validate(parseJson(text, 'parseExtractionResult', file, GoldError), { fn: 'parseExtractionResult', file });
}

/**
 * Reads, parses and validates a saved extraction result (`claimgraph extract examples/corpus
 * --json --out result.json`), so that it can be scored without running the extractor.
 *
 * @example
 * const report = evaluate(await loadExtractionResult('result.json'), await loadGold('gold.json'));
 * @throws {GoldError} when the file cannot be read, is not valid JSON or does not fit.
 */
export async function loadExtractionResult(file: string): Promise<ScorableResult> {
  return validate(await readJsonInput(file, 'loadExtractionResult'), { fn: 'loadExtractionResult', file });
}
